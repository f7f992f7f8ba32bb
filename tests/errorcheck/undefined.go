// errorcheck

// Names, unused variables and imports, missing returns, assignability and
// mismatched untyped constants, in gc's words.
package main

import (
	"fmt"
	"os" // ERROR "imported and not used: .os."
)

func f() int {
	x := 1 // ERROR "x declared but not used"
	y := undefinedName // ERROR "undefined: undefinedName"
	return z // ERROR "undefined: z"
}

func g(n int) int {
	if n > 0 {
		return 1
	}
} // ERROR "missing return"

func main() {
	var s string = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in variable declaration"
	a := "x" + 1 // ERROR "invalid operation: .x. \+ 1 \(mismatched types untyped string and untyped int\)"
	fmt.Println(f(), g(1), s, a)
}
