// errorcheck

// Braces Go requires, and where a newline puts a semicolon: an if, for or
// switch header followed by its `{` on the next line, else on a new line,
// a missing body, a function's `{` on the next line.
package p

func cond(x int) bool { return x > 0 }

func funcBraceNewline()
{ // ERROR "syntax error: unexpected semicolon or newline before \{"
}

func ifNewline(x int) {
	if x > 0 // ERROR "syntax error: unexpected newline, expecting \{ after if clause"
	{
	}
}

func ifInitNewline(x int) {
	if y := x; y > 0 // ERROR "syntax error: unexpected newline, expecting \{ after if clause"
	{
	}
}

func forNewline(x int) {
	for i := 0; i < x; i++ // ERROR "syntax error: unexpected newline, expecting \{ after for clause"
	{
	}
}

func forCondNewline(x int) {
	for x > 0
	{ // ERROR "syntax error: unexpected \{, expecting for loop condition"
	}
}

// Not an error: x is the init statement of a switch with no tag.
func switchNewline(x int) {
	switch x
	{
	}
}

func elseNewline(x int) {
	if x > 0 {
	}
	else { // ERROR "syntax error: unexpected else, expecting \}"
	}
}

func elseWithoutBlock(x int) {
	if x > 0 {
	} else x++ // ERROR "syntax error: else must be followed by if or statement block"
}

// The last two swallow the function's `}` as their body, as gc does.
func missingBody(x int) {
	if x > 0 x++ // ERROR "syntax error: unexpected x, expecting \{"
} // ERROR "syntax error: unexpected \}, expecting expression"

func missingBraceAfterFor(x int) { // ERROR "syntax error: unexpected missingBraceAfterFor, expecting \("
	for x > 0 x-- // ERROR "syntax error: unexpected x, expecting \{"
} // ERROR "syntax error: unexpected \}, expecting expression"

