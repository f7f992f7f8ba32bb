package main

// Inlining decisions and costs (gc -m=2): see tests/tools/inline_check.sh.

type Inner struct{ v int }
type Outer struct {
	*Inner
	arr [3][3]int
	m   map[string][]int
	fn  func(int) int
}
type I interface{ M() int }
type J interface {
	I
	N()
}
type MySlice []int
type Str string

func (i *Inner) M() int { return i.v }

var gI I
var gJ J

func e1(o Outer) int           { return o.v }
func e2(o *Outer) int          { return o.arr[1][2] }
func e3(o Outer) int           { return o.m["a"][0] }
func e4(o Outer) int           { return o.fn(1) }
func e5(o Outer) int           { return o.M() }
func e6() func() int           { return gI.M }
func e7() int                  { return gJ.M() }
func e8(s []int) MySlice       { return MySlice(s) }
func e9(s MySlice) []int       { return s }
func e10(s string) Str         { return Str(s) }
func e11(s string) byte        { return s[0] }
func e12(x uint) int           { return 1 << x }
func e13(x int) int            { return x >> 2 & 3 | 4 ^ 5 &^ 6 }
func e14(x int) (r int)        { r = x; return }
func e15(x int) int {
	switch {
	case x > 1:
		fallthrough
	case x > 2:
		return 1
	}
	return 0
}
func e16(c chan int) int {
	select {
	case v := <-c:
		return v
	default:
		return 0
	}
}
func e17() struct{ a int } { return struct{ a int }{1} }
func e18(f func(int) int) int { return f(2) }
func e19(xs ...interface{}) int { return len(xs) }
func e20() int { return e19(1, "a", nil) }
func e21(p *Outer) *int { return &p.arr[0][0] }
func e22(a, b float64) bool { return a < b || a == b && !(a > b) }
func e23(m map[Str]int) int { return m["x"] }
func e24(x interface{}) (int, bool) { i, ok := x.(int); return i, ok }
func e25(b []byte) []byte { return append(b, "abc"...) }
func e26(p *int) { *p++ }
func e27(s []int) { s[0]++ }
func e28(m map[int]int) { m[1] += 2 }
func e29(c complex128) float64 { return real(c) + imag(c) }
func e30() [2]Inner { return [2]Inner{{1}, {v: 2}} }
func e31() *[2]int { return &[2]int{} }
func e32(x int) int { y := -x; return +y }
func e33(o *Outer) { o.Inner.v = 3 }
func e34(f func() (int, int)) int { a, _ := f(); return a }
func e35() { var f func(); if f != nil { f() } }
func e36(x any) string { s, _ := x.(string); return s }
func e37(x, y int) (int, int) { x, y = y, x; return x, y }
func e38(a []int) int { n := 0; for range a { n++ }; return n }
func e39(s string) int { n := 0; for _, r := range s { n += int(r) }; return n }
func e40(c chan int) int { n := 0; for v := range c { n += v }; return n }
func main() {}
