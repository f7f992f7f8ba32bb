// run

// The print and println builtins' number formats: floats as
// +d.dddddde+ddd with seven digits (Go's runtime arithmetic, last digit
// included), complex numbers, integers at their limits.
package main

import "math"

func main() {
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 9.9999999, 9.99999949, 99999995,
		123456789, 1e-300, 5e-324, math.MaxFloat64, -2.5e-10, 1e100, 0.5, 100, 1e7, 12345.678,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.E, 1e21, 7e-7, 0.00123456789}
	for _, f := range fs {
		println(f)
	}
	print(float32(0.1), " ", float32(16777217), "\n")
	println(complex(1, -2), complex(math.Inf(1), math.NaN()), complex64(complex(0.5, 0.25)))
	println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), int8(-128), uint8(255))
	println(true, false, "str", 'x')
}
