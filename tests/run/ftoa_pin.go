// run

// Pins float formatting: shortest %v of pseudo-random bit patterns,
// subnormals, powers of two and ten and their neighbours, float32 values,
// every verb with precisions 0..30, the extremes, NaN, Inf and -0.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var seed uint64 = 0x243F6A8885A308D3

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func f64(b uint64) float64 { return math.Float64frombits(b) }

func main() {
	// Shortest output of random bit patterns, as float64 and as float32.
	for i := 0; i < 800; i++ {
		b := next()
		v := f64(b)
		w := math.Float32frombits(uint32(b >> 17))
		fmt.Println(v, w, strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(float64(w), 'e', -1, 32))
	}
	// Random bit patterns with a narrow exponent range (ordinary magnitudes).
	for i := 0; i < 500; i++ {
		b := next()&(1<<52-1) | uint64(1000+next()%48)<<52
		v := f64(b)
		fmt.Println(v, strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'g', -1, 32))
	}
	// Subnormals: the smallest, the largest and random ones.
	for i := uint64(1); i < 40; i++ {
		fmt.Println(f64(i), f64(1<<52-i), f64(next()>>12), math.Float32frombits(uint32(i)), math.Float32frombits(uint32(1<<23-i)))
	}
	// Powers of two and their neighbours.
	for e := -1074; e <= 1023; e++ {
		v := math.Ldexp(1, e)
		b := math.Float64bits(v)
		if e < -1020 || e > 1015 || e%9 == 0 {
			fmt.Println(e, v, f64(b-1), f64(b+1))
		} else {
			fmt.Println(e, v)
		}
	}
	for e := -149; e <= 127; e++ {
		v := float32(math.Ldexp(1, e))
		b := math.Float32bits(v)
		fmt.Println(e, v, math.Float32frombits(b-1), math.Float32frombits(b+1))
	}
	// Powers of ten and their neighbours.
	for e := -323; e <= 308; e++ {
		v, _ := strconv.ParseFloat("1e"+strconv.Itoa(e), 64)
		b := math.Float64bits(v)
		fmt.Println(e, v, f64(b-1), f64(b+1), fmt.Sprintf("%.17g %.3e", v, v))
	}
	for e := -45; e <= 38; e++ {
		v, _ := strconv.ParseFloat("1e"+strconv.Itoa(e), 32)
		w := float32(v)
		b := math.Float32bits(w)
		fmt.Println(e, w, math.Float32frombits(b-1), math.Float32frombits(b+1))
	}
	// Every verb at precisions 0..30.
	vals := []float64{0, 1, 0.1, 0.5, 2.5, 0.125, 9.5, 99.95, 1.0 / 3, 123456.789,
		1e23, 5e-324, math.MaxFloat64, 1<<53 + 1, 999999999.5, 0.000123456, 4.35, -2.675, f64(next() >> 2)}
	verbs := []string{"e", "E", "f", "g", "G", "b", "x", "X"}
	for _, v := range vals {
		for _, verb := range verbs {
			line := fmt.Sprintf("%"+verb+" %v:", v, v)
			for p := 0; p <= 30; p++ {
				line += " " + fmt.Sprintf("%."+strconv.Itoa(p)+verb, v)
			}
			fmt.Println(line)
		}
	}
	// Random values at random precisions.
	for i := 0; i < 400; i++ {
		v := f64(next())
		if i%2 == 0 {
			v = float64(next()%100000000) / float64(uint64(1)<<(next()%40))
		}
		p := int(next() % 25)
		fmt.Println(strconv.FormatFloat(v, 'e', p, 64), strconv.FormatFloat(v, 'f', p%12, 64),
			strconv.FormatFloat(v, 'g', p, 64), strconv.FormatFloat(v, 'g', p%10, 32),
			strconv.FormatFloat(v, 'e', p%10, 32), strconv.FormatFloat(v, 'x', p%16-1, 64))
	}
	// Huge and tiny, long expansions.
	for _, v := range []float64{math.MaxFloat64, 5e-324, 1e300, 1e-300, 123e200, 2.2250738585072014e-308} {
		fmt.Printf("%f\n%.30f\n%.400e\n%.60g\n%.340f\n", v, v, v, v, v)
	}
	// NaN, Inf and -0, in every verb, with flags.
	specials := []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 0}
	for _, v := range specials {
		fmt.Printf("%v %e %E %f %g %G %b %x %X %.3e %.0f %.5g|%8.2f|%-8v|%+v|% v|%08.3f|%#g|%#.3x\n",
			v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
		for _, c := range []byte("eEfgGbxXz") {
			fmt.Print(strconv.FormatFloat(v, c, -1, 64), " ", strconv.FormatFloat(v, c, 3, 32), " ")
		}
		fmt.Println()
	}
	// float32 %v and the float32 verbs.
	for i := 0; i < 200; i++ {
		w := math.Float32frombits(uint32(next()))
		fmt.Printf("%v %e %.3f %g %b %x %.2x\n", w, w, w, w, w, w, w)
	}
}
