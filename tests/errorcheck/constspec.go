// errorcheck

// A constant spec without values repeats the previous spec's values, unless
// it has a type: then it has no values at all. The counts of names and
// values must match, as types2's arity check reports it.

package p

const (
	A int = 1
	B byte // ERROR "missing init expr for B"
	C // ERROR "missing init expr for C"
	D, E = 1 // ERROR "missing init expr for E"
	P, Q = 1, 2, 3 // ERROR "extra init expr 3"
	R // ERROR "extra init expr at constspec.go:14"
	S, T, U
)

func f() {
	const (
		x = iota
		y int8 // ERROR "missing init expr for y"
		z // ERROR "missing init expr for z"
	)
	_, _, _ = x, y, z
}
