// run

// Constant expressions are exact, as the spec asks: integers of any size
// (gc allows results of up to 512 bits), floats exact until a typed
// constant is made, which rounds once, to nearest even, from the exact
// value. These values are all computed by the compiler.

package main

import (
	"fmt"
	"math"
)

// Integers beyond 64 bits, shifted, divided and masked back into range.
const (
	big1   = 1 << 300
	big2   = big1 >> 290                   // 1024
	big3   = (1<<200 + 12345) % (1 << 100) // 12345
	big4   = (1<<128 + 5) / (1<<64 + 1)    // 1<<64 - 1, truncated
	big5   = -(1 << 200) / 3 % 1000        // truncated division of a negative
	big6   = (-1 << 300) >> 299            // -2: >> of a negative rounds down
	big7   = (1<<400 | 0xff) & 0xf0f       // 0xf
	big8   = (1<<400 ^ -1) >> 390          // -1025
	big9   = 1<<511 - 1 + 1<<511           // 513 bits would overflow; this is 512
	big10  = big9 / (1 << 500) &^ 0xf00    // 4095 &^ 0xf00
	minInt = -1 << 63
	maxU64 = 1<<64 - 1

	// A literal may be longer than 512 bits; only results may not.
	bigLit = 123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
	litTop = bigLit >> 580
	litLow = bigLit % 1000000007

	// gc computes this in int64, where it wraps around to itself
	wraps = minInt / -1
)

// Floats, exact until they meet a type.
const (
	third   = 1 / 3.0
	tenth   = 0.1
	huge    = 1e1000
	tiny    = 1e-1000
	hugest  = 1e+500000000          // beyond fractions: a 512-bit binary float
	back    = huge * tiny           // exactly 1
	ratio   = hugest / 1e+499999999 // 10
	near1   = 1 + 1e-300 - 1e-300   // exactly 1
	sqrt2sq = 1.41421356237309504880168872420969807856967187537694807317667973799 * 1.41421356237309504880168872420969807856967187537694807317667973799
)

// Ties at half an ulp round to even; anything beyond half rounds up.
const (
	two53      = 1 << 53
	tie53      = two53 + 1 // halfway between 2^53 and 2^53+2: to even, 2^53
	tie53up    = two53 + 3 // halfway between 2^53+2 and 2^53+4: to even, 2^53+4
	above53    = two53 + 1 + 1e-30
	one64      = 1 + 0x1p-53 // halfway: to even, 1
	one64up    = 1 + 0x1p-53 + 0x1p-200
	one32      = 1 + 0x1p-24
	one32up    = 1 + 0x1p-24 + 0x1p-100
	three32    = 1 + 3*0x1p-24 // halfway between odd and even: up
	minSub64   = 0x1p-1074     // the smallest float64
	halfSub64  = 0x1p-1075     // halfway between 0 and it: to even, 0
	halfSub64u = 0x1.0000000000001p-1075
	minSub32   = 0x1p-149
	halfSub32  = 0x1p-150
	max32      = 0x1p128 - 0x1p104
	nearMax32  = max32 + 0x1p103 - 1 // just below the halfway point to 2^128
	max64      = 0x1p1024 - 0x1p971
	nearMax64  = max64 + 0x1p970 - 1
	decTie     = 9007199254740993 // 2^53+1 written in decimal
	decTie2    = 9007199254740993.00000000000000000000000000000000000001
	decLong    = 2.2250738585072011e-308 // a famous hard case, just below a power of two
)

// Complex constants.
const (
	z1 = (1 + 2i) * (3 - 4i) // 11 + 2i
	z2 = 1 / (1 + 1i)        // 0.5 - 0.5i
	z3 = (1 + 2i) / 1e1000 * 1e1000
	z4 = complex(third, -third)
	z5 = real(z1) + imag(z2)
)

// Typed constants round after every operation.
const (
	f32tenth float32 = 0.1
	f32sum           = f32tenth*3 - 0.3 // float32(0.1)*3 rounds to float32, then 0.3 does
	f64sum           = 0.1*3 - 0.3      // exactly 0: untyped
	c64              = complex64(1+1e-10i) * 3
	i8               = int8(-128) / -2
	u8               = ^uint8(0x0f)
)

func bits32(f float32) string { return fmt.Sprintf("%#08x", math.Float32bits(f)) }
func bits64(f float64) string { return fmt.Sprintf("%#016x", math.Float64bits(f)) }

func main() {
	fmt.Println(big2, big3, uint64(big4), big5, big6, big7, big8, big10)
	fmt.Println(big1>>250, big9>>500, minInt, uint64(maxU64))
	fmt.Println(big1/(big1>>10), big1%(1<<299+1)>>290, litTop, litLow, wraps)

	fmt.Println(third, tenth, back, ratio, near1, huge/1e999, tiny*1e1001)
	fmt.Println(float32(third), float64(sqrt2sq), sqrt2sq == 2)
	fmt.Println(hugest/1e500000000, hugest > huge, -hugest < -huge)

	fmt.Println(bits64(tie53), bits64(tie53up), bits64(above53), bits64(decTie), bits64(decTie2))
	fmt.Println(bits64(one64), bits64(one64up), bits32(one32), bits32(one32up), bits32(three32))
	fmt.Println(bits64(minSub64), bits64(halfSub64), bits64(halfSub64u), bits32(minSub32), bits32(halfSub32))
	fmt.Println(bits32(max32), bits32(nearMax32), bits64(max64), bits64(nearMax64), bits64(decLong))
	fmt.Println(float32(1e-46), float64(1e-400), -float64(1e-400) == 0)

	fmt.Println(z1, z2, z3, z4, z5)
	fmt.Println(real(z1), imag(z1), complex64(z2), complex128(z4))

	fmt.Println(f32sum, f32sum == 0, f64sum, f64sum == 0, c64, i8, u8)

	var f32 float32 = 16777217 // 2^24+1: a tie, to even
	var f64 float64 = 1e23     // between two doubles, nearer the lower one
	fmt.Println(f32, f64, bits32(f32), bits64(f64))
	x := 1 << 10
	fmt.Println(x<<(big2/1024), float64(big1) == math.Pow(2, 300))
}
