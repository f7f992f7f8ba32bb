// errorcheck -0 -m

// Inlining as gc does it (no -l): small functions are copied into their
// callers, so what they allocate can stay in the caller's frame.

package p

type point struct{ x, y int }

// add's result escapes from add itself, but not from a caller that keeps
// it: once inlined, &point{...} belongs to the caller.
func add(a, b *point) *point { // ERROR  "can inline add" "a does not escape" "b does not escape"
	return &point{a.x + b.x, a.y + b.y} // ERROR  "&point\{\.\.\.\} escapes to heap"
}

func sumLocal() int { // ERROR  "can inline sumLocal"
	p := add(&point{1, 2}, &point{3, 4}) // ERROR  "inlining call to add" "&point\{\.\.\.\} does not escape"
	return p.x + p.y
}

var sink *point

func sumGlobal() { // ERROR  "can inline sumGlobal"
	sink = add(&point{1, 2}, &point{3, 4}) // ERROR  "inlining call to add" "&point\{\.\.\.\} does not escape" "&point\{\.\.\.\} escapes to heap"
}

// Named results and a bare return.
func minmax(a, b int) (lo, hi int) { // ERROR  "can inline minmax"
	if a < b {
		return a, b
	}
	lo, hi = b, a
	return
}

func useMinmax(x, y int) int { // ERROR  "can inline useMinmax"
	lo, hi := minmax(x, y) // ERROR  "inlining call to minmax"
	return hi - lo
}

// A method with a pointer receiver, and one with a value receiver.
type counter struct{ n int }

func (c *counter) inc()     { c.n++ } // ERROR  "can inline \(\*counter\)\.inc" "c does not escape"
func (c counter) get() int  { return c.n } // ERROR  "can inline counter\.get"
func (c *counter) self() *counter { return c } // ERROR  "can inline \(\*counter\)\.self" "leaking param: c to result ~r0 level=0"

func count() int { // ERROR  "can inline count"
	var c counter
	c.inc() // ERROR  "inlining call to \(\*counter\)\.inc"
	c.inc() // ERROR  "inlining call to \(\*counter\)\.inc"
	return c.self().get() // ERROR  "inlining call to \(\*counter\)\.self" "inlining call to counter\.get"
}

// A chain of small calls inlines all the way down.
func leaf(x int) *int   { return &x } // ERROR  "can inline leaf" "moved to heap: x"
func middle(x int) *int { return leaf(x + 1) } // ERROR  "can inline middle" "inlining call to leaf" "moved to heap: x"

func chain() int { // ERROR  "can inline chain"
	return *middle(1) // ERROR  "inlining call to middle" "inlining call to leaf"
}

// Too big to inline: a loop with calls that cannot be inlined either.
func big(xs []int) int { // ERROR  "xs does not escape"
	t := 0
	for i := range xs {
		t += bigger(xs, i) + bigger(xs, i+1) + bigger(xs, i+2)
	}
	return t
}

func bigger(xs []int, i int) int { // ERROR  "xs does not escape"
	if i >= len(xs) {
		return 0
	}
	return xs[i] * bigger(xs[:i], i-1)
}

// Allocation inside an inlined call in a loop.
func loop(n int) int { // ERROR  "can inline loop"
	t := 0
	for i := 0; i < n; i++ {
		t += add(&point{i, i}, &point{1, 1}).x // ERROR  "inlining call to add" "&point\{\.\.\.\} does not escape"
	}
	return t
}

//go:noinline
func noinline(x int) *int { return &x } // ERROR  "moved to heap: x"

func callNoinline() int { return *noinline(3) } // ERROR  "can inline callNoinline"
