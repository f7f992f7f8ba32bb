// Package math provides basic constants and mathematical functions. The
// functions are the C library's, which on amd64 give the same results as
// Go's for these (correctly rounded sqrt, exact floor/ceil/trunc/abs).
package math

import "unsafe"

// Mathematical constants.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848183459766430217700524419209394
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Floating-point limit values.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// Integer limit values.
const (
	MaxInt    = 1<<(64-1) - 1
	MinInt    = -1 << (64 - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<64 - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func Sqrt(x float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func Pow(x, y float64) float64
func Exp(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Hypot(p, q float64) float64
func Mod(x, y float64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Nextafter(x, y float64) float64
func Frexp(f float64) (frac float64, exp int) { return frexp(f, &exp), exp }
func frexp(f float64, exp *int) float64
func Ldexp(frac float64, exp int) float64

// Max returns the larger of x or y, with Go's rules for NaN and signed zeros.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Float64bits(x)>>63 != 0 {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y, with Go's rules for NaN and signed zeros.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Float64bits(x)>>63 != 0 {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// The IEEE 754 bits of a float64 and back, and what is read off them, are
// written in Go: they are small enough for gc to inline, so calls to them
// show in -m reports as "inlining call to math.IsNaN", as with Go.

// The bit patterns Go uses for NaN and the infinities.
const (
	nanBits    = 0x7FF8000000000001
	posInfBits = 0x7FF0000000000000
	negInfBits = 0xFFF0000000000000
	signMask   = 1 << 63
)

func Float64bits(f float64) uint64     { return *(*uint64)(unsafe.Pointer(&f)) }
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// IsNaN: a NaN is the one value unequal to itself.
func IsNaN(f float64) (is bool) { return f != f }

func NaN() float64 { return Float64frombits(nanBits) }

func Inf(sign int) float64 {
	bits := uint64(posInfBits)
	if sign < 0 {
		bits = negInfBits
	}
	return Float64frombits(bits)
}

// IsInf: beyond the largest finite value in the direction asked for.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Copysign: f's magnitude with sign's sign bit.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}
