package main

// Inlining decisions and costs (gc -m=2): see tests/tools/inline_check.sh.

var c chan int

func h() {
	var x8 byte = 100
	var x64 int64 = 200
	f := func(z int) {
		g := func() {
			c <- int(x8)
			c <- int(x64)
			c <- z
		}
		g()
	}
	f(1)
}
func h2() {
	var x8 byte = 100
	g := func() {
		c <- int(x8)
	}
	g()
}
func h3() {
	var x64 int64 = 200
	g := func() {
		c <- int(x64)
	}
	g()
}
func main() {}
