// run

// Interfaces that refer to themselves through their methods' results: type
// identity must not chase the cycle forever (Go's test/fixedbugs/bug398.go).

package main

import "fmt"

type I1 interface {
	F() interface{ I1 }
}

type I2 interface {
	F() interface{ I2 }
}

type T int

func (t T) F() interface{ I1 } { return t }

var V1 I1
var V2 I2

func main() {
	fmt.Println(V1 == V2)
	var i interface{ F() interface{ I1 } } = V1
	fmt.Println(i == V1, T(3).F() != nil)
}
