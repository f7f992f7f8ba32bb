// errorcheck

// A block left open at the end of the file.
package p

func f(x int) {
	if x > 0 {
		x++
	}
// ERROR "syntax error: unexpected EOF, expecting \}"