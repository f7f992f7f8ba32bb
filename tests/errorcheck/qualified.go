// errorcheck

// Types of other packages are named with their package, as types2's
// qualifier does; the package being checked is not named.

package main

import (
	"fmt"
	"strings"
)

type T struct{}

func main() {
	var b strings.Builder
	var x int = b      // ERROR "cannot use b \(variable of type strings.Builder\) as type int in variable declaration"
	var s fmt.Stringer
	var y int = s      // ERROR "cannot use s \(variable of type fmt.Stringer\) as type int in variable declaration"
	var t T
	var z int = t      // ERROR "cannot use t \(variable of type T\) as type int in variable declaration"
	switch s.(type) {
	case fmt.Stringer:
	case fmt.Stringer: // ERROR "duplicate case fmt.Stringer in type switch"
	}
	_, _, _ = x, y, z
}
