// errorcheck

// Declarations and types: a declaration without a name or a type, a map
// without [, a channel without an element type, a bad struct field or
// interface element, a receive-only channel of a send-only one.
package p

var

var x // ERROR "syntax error: unexpected var, expecting name"

type T // ERROR "syntax error: unexpected newline in type declaration"

type M map(string)int // ERROR "syntax error: unexpected \(, expecting \["

type C chan

type S struct { // ERROR "syntax error: missing channel element type"
	a int
	1 // ERROR "syntax error: unexpected literal 1, expecting field name or embedded type"
	(b) int // ERROR "syntax error: cannot parenthesize embedded type"
}

type I interface {
	m()
	! // ERROR "syntax error: unexpected !, expecting ~ term or type"
}

type R <-chan<- int // ERROR "syntax error: unexpected int, expecting chan"

const c int = 1 2 // ERROR "syntax error: unexpected literal 2 after top level declaration"

func g() (
