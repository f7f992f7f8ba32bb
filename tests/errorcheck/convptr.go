// errorcheck

// A conversion between pointer types whose base types have identical
// underlying types is allowed only between unnamed pointer types (the
// spec's "Conversions"); a named pointer type converts only to and from
// types with its underlying type.

package p

type S struct{ x int }
type T S
type P *S
type Q *T

func f(p P, q Q, s *S, t *T) {
	_ = (*T)(p) // ERROR "cannot convert p \(variable of type P\) to type \*T"
	_ = Q(p)    // ERROR "cannot convert p \(variable of type P\) to type Q"
	_ = P(s)
	_ = (*T)(s)
	_ = (*S)(t)
	_ = P((*S)(q)) // ERROR "cannot convert q \(variable of type Q\) to type \*S"
	_ = (*T)(q)
	_ = Q((*T)(s))
}
