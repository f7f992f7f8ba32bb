// floatfmt: formatting speed of floats, shortest and with precisions.
// Usage: floatfmt [N] (default 1000000); prints a checksum of the output.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var seed uint64 = 0x9E3779B97F4A7C15
	var sum, length uint64
	for i := 0; i < n; i++ {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		var v float64
		switch i % 4 {
		case 0: // any bit pattern
			v = math.Float64frombits(seed)
			if v != v {
				v = 1
			}
		case 1: // a short decimal
			v = float64(seed%1000000) / 1000
		case 2: // ordinary magnitudes
			v = math.Float64frombits(seed&(1<<52-1) | uint64(1000+seed>>59)<<52)
		case 3: // an integer
			v = float64(seed % 100000000)
		}
		var s string
		switch i % 8 {
		case 0, 1, 2, 3, 4:
			s = fmt.Sprint(v)
		case 5:
			s = fmt.Sprintf("%.3e", v)
		case 6:
			s = fmt.Sprintf("%.2f", v)
		case 7:
			s = strconv.FormatFloat(float64(float32(v)), 'g', -1, 32)
		}
		length += uint64(len(s))
		for j := 0; j < len(s); j++ {
			sum = sum*31 + uint64(s[j])
		}
	}
	fmt.Println(length, sum)
}
