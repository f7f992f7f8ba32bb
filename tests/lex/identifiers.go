// tokens

// Identifiers: ASCII, Unicode letters and digits, and names that only
// begin like keywords.
package p

var (
	a, _x, x_, x1, X1, _0, __ int
	αβ, 日本語, ǅ, ÿ, ŉ, Ωmega  int
	x١٢, _٣, aー, ℌ          int
	breaks, _if, iff, funcs, gofunc, go_, Type, ranges int
	interfaces, mapping, structs, selector, vars, consts int
	nil_, true_, iota_, string_                      int
)

func ǂ() {}
