// errorcheck

// A call left open at the end of the file.
package p

func f(a ...int) {
	f(1,
		2,
// ERROR "syntax error: unexpected EOF, expecting \)"