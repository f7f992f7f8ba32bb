// errorcheck

// What is not a declaration outside a function body: assignments, short
// variable declarations, calls, statements; := for = in a declaration.
package p

import "fmt"

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

var y = 2
y = 3 // ERROR "syntax error: non-declaration statement outside function body"

fmt.Println(y)

if y > 0 {
}

var z := 4 // ERROR "syntax error: unexpected :=, expecting ="

func f() {
}
