// errorcheck -0 -m -l

// Closures: a variable never changed after capture, not addressed and at
// most 128 bytes is captured by value; otherwise by reference, and then it
// moves to the heap if the closure escapes. A literal called where it is
// written may return what its caller owns.
// The annotations are Go 1.19's (tests/tools/annotate.sh).

package escape

var sink interface{}
var fsink func() int

func counter() func() int {
	c := 0 // ERROR  "moved to heap: c"
	return func() int { // ERROR  "func literal escapes to heap"
		c++
		return c
	}
}

func byValue() func() int {
	a := 1
	return func() int { return a } // ERROR  "func literal escapes to heap"
}

func byValueLocal() int {
	a := 1
	f := func() int { return a } // ERROR  "func literal does not escape"
	return f()
}

func byRefLocal() int {
	a := 1
	f := func() { a++ } // ERROR  "func literal does not escape"
	f()
	return a
}

func bigCapture() func() byte {
	var x [200]byte // ERROR  "moved to heap: x"
	return func() byte { return x[0] } // ERROR  "func literal escapes to heap"
}

func addrCapture() func() *int {
	a := 1 // ERROR  "moved to heap: a"
	p := &a
	return func() *int { return p } // ERROR  "func literal escapes to heap"
}

func reassignedBefore() func() int {
	a := 1
	a = 2
	return func() int { return a } // ERROR  "func literal escapes to heap"
}

func reassignedAfter() func() int {
	a := 1 // ERROR  "moved to heap: a"
	f := func() int { return a } // ERROR  "func literal escapes to heap"
	a = 2
	return f
}

func apply(f func(int) int, v int) int { // ERROR  "f does not escape"
	return f(v)
}

func applyLit() int {
	k := 3
	return apply(func(x int) int { return x * k }, 2) // ERROR  "func literal does not escape"
}

func store(f func() int) { // ERROR  "leaking param: f"
	fsink = f
}

func storeLit() {
	x := 1
	store(func() int { return x }) // ERROR  "func literal escapes to heap"
}

func calledDirectly() int {
	var u int
	*(func() *int { return &u }()) = 42 // ERROR  "func literal does not escape"
	return u
}

func literalParams() {
	x := 0
	func(p *int) { // ERROR  "p does not escape" "func literal does not escape"
		*p = 1
	}(&x)
	y := 0 // ERROR  "moved to heap: y"
	func(p *int) { // ERROR  "leaking param: p" "func literal does not escape"
		sink = p
	}(&y)
}

func nested() func() func() int {
	x := 0 // ERROR  "moved to heap: x"
	return func() func() int { // ERROR  "func literal escapes to heap"
		return func() int { // ERROR  "func literal escapes to heap"
			x++
			return x
		}
	}
}

func noCaptures() func() int {
	return func() int { return 1 } // ERROR  "func literal escapes to heap"
}

func inLoop() {
	for i := 0; i < 3; i++ {
		x := i
		f := func() int { return x } // ERROR  "func literal does not escape"
		_ = f()
	}
}
