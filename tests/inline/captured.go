package main

// Inlining decisions and costs (gc -m=2): see tests/tools/inline_check.sh.

func h() int {
	f := func() int { return 1 }
	g := func() int { return f() }
	return g()
}
func main() {}
