package main

// Inlining decisions and costs (gc -m=2): see tests/tools/inline_check.sh.

import "unsafe"

type T struct {
	a, b int
	p    *T
	E
}
type E struct{ e int }

func (e E) EM() int   { return e.e }
func (e *E) EP() int  { return e.e }
func (t T) M() int    { return t.a }
func (t *T) PM() int  { return t.a }

type I interface{ M() int }
type F float64
type MyInt int

var gi I
var ga any
var gs []int
var gm map[string]int
var gstr string

func c1(x any, n int) bool   { return x == n }
func c2(t T) bool            { return gi == t }
func c3(x any) bool          { return x == nil }
func c4(f float64) F         { return F(f) }
func c5(f F) float64         { return float64(f) }
func c6(x int64) int         { return int(x) }
func c7(x uint) uintptr      { return uintptr(x) }
func c8(p *int) unsafe.Pointer { return unsafe.Pointer(p) }
func c9(x MyInt) int         { return int(x) }
func c10(x any) {
	switch x {
	case 1, 2:
		gs = nil
	case "a":
	}
}
func c11(x int) {
	switch x {
	case 1:
	default:
	}
}
func c12(x any) {
	switch y := x.(type) {
	case int:
		_ = y
	case string, nil:
	}
}
func c13(x any) {
	switch x.(type) {
	case int:
	}
}
func c14(t *T) int      { return t.e }
func c15(t T) int       { return t.EM() }
func c16(t *T) int      { return t.EP() }
func c17(t T) int       { return t.PM() }
func c18(t *T) int      { return t.M() }
func c19(t T) func() int { return t.M }
func c20(t *T) func() int { return t.EP }
func c21() func(T) int  { return T.M }
func c22(i I) int       { return i.M() }
func c23() *T           { return &T{a: 1} }
func c24() T            { return T{1, 2, nil, E{}} }
func c25() []int        { return []int{1, 2, 3} }
func c26() [3]int       { return [3]int{1, 2: 3} }
func c27() map[string]int { return map[string]int{"a": 1} }
func c28() []*T         { return []*T{{a: 1}} }
func c29(s string) []byte { return []byte(s) }
func c30(b []byte) string { return string(b) }
func c31(r rune) string   { return string(r) }
func c32(a, b string) string { return a + b + "x" }
func c33(a []int) []int   { return append(a, 1, 2) }
func c34(a []int) []int   { return append(a, a...) }
func c35(a []any) []any   { return append(a, 1) }
func c36(m map[string]int) int { v, ok := m["a"]; if ok { return v }; return 0 }
func c37(x any) int       { v, ok := x.(int); _ = ok; return v }
func c38(c chan int) int  { v, ok := <-c; _ = ok; return v }
func c39() (int, int)     { return 1, 2 }
func c40() int            { a, b := c39(); return a + b }
func c41(p *[3]int) int   { return p[1] }
func c42(a [3]int) []int  { return a[:] }
func c43(p *[3]int) []int { return p[:] }
func c44(s string) string { return s[1:2] }
func c45(x int) { for i := 0; i < x; i++ { gs = nil } }
func c46() { for _, v := range gs { _ = v } }
func c47() { for i := range gs { _ = i } }
func c48() { for range gs { } }
func c49() { var i, v int; for i, v = range gs { }; _, _ = i, v }
func c50() { for k, v := range gm { _, _ = k, v } }
func c51() { for { break } }
func c52() { _ = new(int) ; _ = new(T) }
func c53() { _ = make([]int, 3); _ = make([]int, 3, 4); _ = make(map[int]int); _ = make(chan int) }
func c54() { _ = make(map[int]int, 10) }
func c55() { gstr += "x" }
func c56() { var x, y = 1, 2; _, _ = x, y }
func c57() { var x, y = c39(); _, _ = x, y }
func c58() { var x any = 1; _ = x }
func c59() { x := any(1); _ = x }
func c60() { const k = 3; _ = k }
func c61() { if x := len(gs); x > 0 { gs = nil } }
func c62() { if gs = nil; gs == nil { gs = nil } }
func c63() { if gs == nil { gs = nil } else if gs != nil { gs = nil } else { gs = nil } }
func c64(t T) int { return t.p.p.a }
func c65() { L: for { break L } }
func c66() { goto L; L: }
func c67(x int) int { return -x + ^x }
func c68(b bool) bool { return !b && b || b }
func c69(p *int) int { return *p }
func c70() { print(1, "a"); println() }
func c71(a, b []int) { copy(a, b); delete(gm, "a"); close(make(chan int)) }
func c72() { _ = len(gs) + cap(gs) + len(gstr) }
func c73() { var a [3]int; _ = len(a) }
func c74() { _ = complex(1.0, gf); _ = real(gc) }
var gf float64
var gc complex128
func c75() { panic(1) }
func c76(e error) { panic(e) }
func c77() { c39() }
func c78() { _ = c6(1) }
func c79(t T) { t.a = 1; t.e = 2 }
func c80(x int) int { x++; x--; x <<= 2; return x }
func main() {}
