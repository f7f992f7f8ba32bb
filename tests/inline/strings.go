package main

// Inlining decisions and costs (gc -m=2): see tests/tools/inline_check.sh.

func assert(a, b, c string) {}

func m1() { assert("", ``, "empty") }
func m2() {
	var r int32
	r = 0x10ffff
	s := string(r)
	_ = s
}
func m3() { s := string(0x10ffff); _ = s }
func m4() { s := "a" + `b` + "c"; _ = s }
func m5() {
	var r []rune
	r = []rune("abc")
	_ = r
	b := []byte("abc")
	_ = b
	_ = string(r)
	_ = string(b)
}
func main() {}
