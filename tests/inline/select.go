package main

// Inlining decisions and costs (gc -m=2): see tests/tools/inline_check.sh.

var c chan int
var g int

func s1(x8 byte) { c <- int(x8) }
func s2(z int) { c <- z }
func s3() { c <- 1 }
func s4(x int8) int { return int(x) }
func s5(x int) int { return int(x) }
func s6(x int) { g = x }
func s7() {
	select {
	case x := <-c:
		g = x
	}
}
func s8() {
	select {
	case <-c:
	}
}
func s9() {
	select {
	case c <- 1:
	}
}
func s10() {
	select {
	case c <- 1:
	default:
	}
}
func s11() {
	var x int
	select {
	case x = <-c:
	}
	_ = x
}
func s12() {
	select {
	case x, ok := <-c:
		_, _ = x, ok
	}
}
func s13() {
	x8 := byte(1)
	f := func() { c <- int(x8) }
	f()
}
func main() {}
