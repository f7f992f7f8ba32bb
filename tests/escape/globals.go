// errorcheck -0 -m -l

// Package-level variables' initial values. gc lays out what it can of them
// as static data before escape analysis (its staticinit): a slice literal's
// backing array, &T{...}, a closure without captured variables, a value
// converted to an interface, []byte and []rune of a constant, through
// composite literals of any depth, whatever their elements. It reports
// none of them. A map literal, new(T), make, a concatenation, a slice
// expression, and whatever a call's arguments hold are made at run time,
// and reported as in a function.
// The annotations are Go 1.19's (tests/tools/annotate.sh).

package escape

type T struct{ x []byte }

func f() []byte { return nil }

func g(p *T) []byte { return nil } // ERROR  "p does not escape"

type E struct{ s string }

func (e *E) Error() string { return e.s } // ERROR  "leaking param: e to result ~r0 level=1"

type S []int

var a = []byte{1, 2}
var b = &T{x: f()}
var c = []T{{x: f()}}
var d = []*T{&T{}}
var e = []*T{&T{x: f()}}
var m = map[int]int{1: 2} // ERROR  "map\[int\]int\{\.\.\.\} escapes to heap"
var h = []int{len(f())}
var k = struct{ p *T }{&T{x: f()}}

var a1 any = T{x: f()}
var a2 error = &E{"x"}
var a3 = []byte("abc")
var a4 = func() int { return 1 }
var a5 = []func(){func() {}}
var a6 = &[]int{1, 2}
var a7 = [2]*T{&T{}, {x: f()}}
var a8 = &map[int]*T{1: &T{}} // ERROR  "map\[int\]\*T\{\.\.\.\} escapes to heap" "&T\{\} escapes to heap"
var a9 = []any{1, "x", T{}, f()}

var b1, b2 = []int{1}, &T{}
var b3 = new(T) // ERROR  "new\(T\) escapes to heap"
var b4 = make([]int, 3) // ERROR  "make\(\[\]int, 3\) escapes to heap"
var b5 = []int{1}[:1] // ERROR  "\[\]int\{\.\.\.\} escapes to heap"
var b6 = "a" + string(f()) // ERROR  `"a" \+ string\(f\(\)\) escapes to heap` "string\(f\(\)\) does not escape"
var b7 any = 5
var b8 = T{x: []byte{1}}
var b9 = struct{ p any }{p: T{}}

var _ = []int{1}
var _ = []int{len(f())}
var c1 = S([]int{1})
var c2 = []rune("ab")
var c3, c4 = f(), []int{2}
var c5 = [][]int{{1}, {len(f())}}
var c6 = map[string][]int{"a": {1}} // ERROR  "map\[string\]\[\]int\{\.\.\.\} escapes to heap" "\[\]int\{\.\.\.\} escapes to heap"
var c7 = &struct{ m map[int]int }{m: map[int]int{}} // ERROR  "map\[int\]int\{\} escapes to heap"
var c8 any = []int{1}
var c9 = g(&T{}) // ERROR  "&T\{\} does not escape"
