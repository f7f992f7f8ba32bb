// run

// fmt's float and complex verbs with flags, widths and precisions,
// including infinities, NaN, negative zero and float32's shortest digits.
package main

import (
	"fmt"
	"math"
)

func main() {
	values := []interface{}{
		0.0, math.Copysign(0, -1), 1.0, -1.5, 3.14159265358979, 1e6, 1e21, 1e-7, 123456789.0, 0.000123,
		2.5, 1e100, -1e-100, math.MaxFloat64, math.SmallestNonzeroFloat64, 100.0,
		math.Inf(1), math.Inf(-1), math.NaN(),
		float32(0.1), float32(16777216), float32(-3.4e38), float32(1e-45),
		complex(1, 2), complex(-1.5, -0.25), complex(math.Inf(1), math.NaN()), complex64(complex(0.1, 3)),
	}
	formats := []string{
		"%v", "%+v", "%#v", "%T", "%e", "%E", "%f", "%F", "%g", "%G", "%x", "%X", "%b",
		"%.0e", "%.3e", "%.0f", "%.2f", "%.10f", "%.3g", "%.0g", "%.10g", "%.3x", "%.0X",
		"%10.2f|", "%-10.2f|", "%010.2f", "%+.2f", "% .2f", "%+010.3e", "% 010g", "%-010g|",
		"%#g", "%#.3g", "%#.0f", "%#e", "%#.0e", "%#v", "%#x", "%#.2x", "%#b", "%#10.4g|",
		"%8v|", "%08v", "%+08v", "%d", "%s", "%q", "%t", "%c",
	}
	for _, v := range values {
		fmt.Printf("== %T %v\n", v, v)
		for _, f := range formats {
			fmt.Printf("%s\t%s\n", f, fmt.Sprintf(f, v))
		}
	}
	fmt.Println(1.0, 2.5, float32(2.5), 1e20, 1e21, 1e-4, 1e-5, -0.0)
	fmt.Print(3.0, 4.5, "\n")
	fmt.Println(complex(1, -1), complex64(complex(2, 0)))
}
