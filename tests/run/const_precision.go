// run

// Typed constant arithmetic rounds to its type after each operation; integer
// constants spelled as huge floats shift back into range; a typed nil
// compared with an interface is converted to it first.

package main

import "fmt"

const (
	x30 = 1 << 30
	x60 = 1 << 60

	staticF32  = float32(x30) + 1 - x30
	staticF64  = float64(x60) + 1 - x60
	staticC64  = complex64(x30) + 1 - x30
	staticC128 = complex128(x60) + 1 - x60
	untyped    = x60 + 1.0 - x60

	rsh1 = 1e100 >> 1000
	rsh2 = 1e40 >> 100
)

func main() {
	fmt.Println(staticF32, staticF64, staticC64, staticC128, untyped)
	fmt.Println(rsh1, rsh2)
	var five = 5
	fmt.Println((*int)(nil) == interface{}(nil), interface{}(nil) == (*int)(nil))
	fmt.Println(&five == interface{}(nil), interface{}(5) == 5, 5 == interface{}(5))
	var e interface{} = (*int)(nil)
	fmt.Println(e == (*int)(nil), e == nil)
}
