// run

// The IEEE bits of floats: Go's NaN pattern, infinities, signs.

package main

import (
	"fmt"
	"math"
)

func main() {
	n := math.NaN()
	fmt.Println(math.IsNaN(n), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(-1), 0))
	fmt.Printf("%x %x %x\n", math.Float64bits(n), math.Float64bits(math.Inf(-1)), math.Float64bits(-0.0))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Signbit(1), math.Float64frombits(0x3ff0000000000000))
}
