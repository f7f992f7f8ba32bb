// run

// strconv.FormatFloat in every format and bit size, and ParseFloat on good
// and bad input: results, NumError texts, range errors and float32 rounding.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 1e23, 123456789, 1.5e-7, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat32, math.MaxFloat32, 16777217, 0.3, 100, 1e21, 1e20,
		math.Inf(1), math.Inf(-1), math.NaN(), 2.5, 0.000001, 0.0000001}
	for _, v := range vals {
		for _, f := range []byte("beEfgGxXq") {
			for _, bits := range []int{32, 64} {
				fmt.Print(strconv.FormatFloat(v, f, -1, bits), " ", strconv.FormatFloat(v, f, 0, bits), " ",
					strconv.FormatFloat(v, f, 4, bits), " ", strconv.FormatFloat(v, f, 20, bits), " | ")
			}
		}
		fmt.Println()
	}

	inputs := []string{"0", "-0", "+0", "1", "1.5", "-1.5", ".5", "5.", "1e10", "1E-10", "1e+308", "1.8e308",
		"-1.8e308", "1e-400", "2e-324", "3e-324", "4.9406564584124654e-324", "2.4703282292062328e-324",
		"2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "0x1p-1074", "0x1.fffffffffffffp1023", "0x1p1024", "0X1.8P+1", "0x.8p1",
		"0x1p", "1_000.5", "0x_1p0", "inf", "+Inf", "-INF", "infinity", "-Infinity",
		"nan", "NaN", "NAN", "", "1 ", "1e", "1e+", "e1", ".", "-", "+", "1.2.3", "0.1e-1_0",
		"123456789012345678901234567890", "0.000000000000000000000000000001", "1e23", "8.41e21",
		"9007199254740993", "9007199254740992.5", "100000000000000016777215", "100000000000000016777216",
		"3.4028235e38", "3.4028236e38", "3.40282357e38", "1e-46", "7e-46", "1.4e-45", "0.1", "1.1754944e-38",
		"16777217", "16777219", "1p5", "0x1.0000001p0", "0b101", "1e1000000000000", "1e-1000000000000"}
	for _, s := range inputs {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			var ne *strconv.NumError
			isNum := errors.As(err, &ne)
			fmt.Printf("%q/%d: %v %b %v %v", s, bits, f, f, err, isNum)
			if isNum {
				fmt.Print(" ", ne.Func, " ", ne.Num, " ", ne.Err == strconv.ErrRange, ne.Err == strconv.ErrSyntax)
			}
			fmt.Println()
		}
	}
	// Round trips of shortest output.
	var seed uint64 = 88172645463325252
	bad := 0
	for i := 0; i < 3000; i++ {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		v := math.Float64frombits(seed)
		if v != v {
			continue
		}
		for _, f := range []byte("eEfgG") {
			s := strconv.FormatFloat(v, f, -1, 64)
			back, err := strconv.ParseFloat(s, 64)
			if err != nil || back != v {
				bad++
				fmt.Println("round trip", s, back, err)
			}
		}
		w := float64(math.Float32frombits(uint32(seed)))
		if w == w {
			s := strconv.FormatFloat(w, 'g', -1, 32)
			back, err := strconv.ParseFloat(s, 32)
			if err != nil || back != w {
				bad++
				fmt.Println("round trip 32", s, back, err)
			}
		}
	}
	fmt.Println("bad round trips:", bad)
}
