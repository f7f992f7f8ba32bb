// errorcheck

// Lists: a newline where a comma or the closing token is needed in a call,
// a composite literal, a parameter list, a grouped declaration; two elements
// with nothing between them; an empty element.
package p

func f(a, b int) int { return a + b }

type T struct{ a, b int }

func callNewline() {
	_ = f(1,
		2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	)
}

func callMissingComma() {
	_ = f(1 2) // ERROR "syntax error: unexpected literal 2 in argument list; possibly missing comma or \)"
}

func callEmptyArg() {
	_ = f(1, , 2) // ERROR "syntax error: unexpected comma, expecting expression"
}

func complitNewline() {
	_ = T{
		a: 1,
		b: 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \}"
	}
}

func complitMissingComma() {
	_ = []int{1 2} // ERROR "syntax error: unexpected literal 2 in composite literal; possibly missing comma or \}"
}

func params(a int b int) { // ERROR "syntax error: unexpected b in parameter list; possibly missing comma or \)"
}

func mixed(a, b int, string) { // ERROR "syntax error: mixed named and unnamed parameters"
}

var (
	x int
	y int z int // ERROR "syntax error: unexpected z in grouped declaration; possibly missing semicolon or newline or \)"
)

func index(s []int) {
	_ = s[1 2] // ERROR "syntax error: unexpected literal 2, expecting comma, : or \]"
}

func slice(s []int) {
	_ = s[1:2 3] // ERROR "syntax error: unexpected literal 3, expecting \]"
}

func paren(a int) {
	_ = (a 1) // ERROR "syntax error: unexpected literal 1, expecting \)"
}
