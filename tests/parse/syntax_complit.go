// errorcheck

// In the header of if, for and switch, the `{` after a type name opens the
// body: a composite literal of a named type must be parenthesized there.
package p

type T struct{ n int }

func ifHeader(x T) {
	if x == T{} { // ERROR "syntax error: unexpected \{ at end of statement"
	}
} // ERROR "syntax error: non-declaration statement outside function body"

func switchHeader(x T) {
	switch T{} { // ERROR "syntax error: unexpected \{ at end of statement"
	}
} // ERROR "syntax error: non-declaration statement outside function body"

func forHeader() {
	for _, v := range T{} { // ERROR "syntax error: unexpected \{ at end of statement"
		_ = v
	}
} // ERROR "syntax error: non-declaration statement outside function body"

func parenthesized(x T) {
	if x == (T{}) { // not an error
	}
}

func parenType(x T) {
	_ = (T){} // ERROR "syntax error: cannot parenthesize type in composite literal"
}
