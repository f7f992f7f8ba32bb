// errorcheck -0 -m -l

// Calls: a callee analysed earlier is represented by its parameters' leak
// tags; functions that call each other are analysed together; calls through
// func values and interfaces send their arguments to the heap; method
// values are allocation sites; standard functions carry Go's tags.
// The annotations are Go 1.19's (tests/tools/annotate.sh).

package escape

import (
	"errors"
	"fmt"
	"strings"
)

var sink interface{}
var gp *int

type T struct{ p *int }

func (t *T) M(q *int) *int { return t.p } // ERROR  "leaking param: t to result ~r0 level=1" "q does not escape"
func (t T) V() *int        { return t.p } // ERROR  "leaking param: t to result ~r0 level=0"

type I interface{ M(q *int) *int }

func recursive(p *int, n int) *int { // ERROR  "leaking param: p to result ~r0 level=0"
	if n == 0 {
		return p
	}
	return recursive(p, n-1)
}

func even(p *int, n int) *int { // ERROR  "leaking param: p"
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int { // ERROR  "leaking param: p"
	if n == 0 {
		gp = p
		return nil
	}
	return even(p, n-1)
}

func dynamic(f func(*int), x *int) { // ERROR  "f does not escape" "leaking param: x"
	f(x)
}

func viaInterface(i I, x *int) *int { // ERROR  "leaking param: i" "leaking param: x"
	return i.M(x)
}

func devirtualized() int {
	a, b := 1, 2
	t := &T{&a} // ERROR  "&T\{\.\.\.\} does not escape"
	var i I = t
	return *i.M(&b) // ERROR  "devirtualizing i\.M to \*T"
}

func methodValue(t *T) func(*int) *int { // ERROR  "leaking param: t"
	return t.M // ERROR  "t\.M escapes to heap"
}

func methodValueLocal(t *T) int { // ERROR  "leaking param content: t"
	f := t.M // ERROR  "t\.M does not escape"
	return *f(nil)
}

func methodExpr(t *T, q *int) *int { // ERROR  "leaking param: t to result ~r0 level=1" "q does not escape"
	return (*T).M(t, q)
}

func valueMethod() *int {
	x := 1 // ERROR  "moved to heap: x"
	t := T{&x}
	return t.V()
}

func printing() {
	n := 42
	fmt.Println(n) // ERROR  "\.\.\. argument does not escape" "n escapes to heap"
	s := fmt.Sprintf("%d", n) // ERROR  "\.\.\. argument does not escape" "n escapes to heap"
	_ = s
	fmt.Println(len(s), "done") // ERROR  "\.\.\. argument does not escape" "len\(s\) escapes to heap" `"done" escapes to heap`
}

func errorValues(code int) error {
	if code == 0 {
		return errors.New("zero")
	}
	return fmt.Errorf("code %d", code) // ERROR  "\.\.\. argument does not escape" "code escapes to heap"
}

func builder(words []string) string { // ERROR  "words does not escape"
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w)
	}
	return b.String()
}

func panics(p *int) { // ERROR  "leaking param: p"
	panic(p)
}

func variadic(xs ...*int) *int { // ERROR  "leaking param: xs to result ~r0 level=1"
	return xs[0]
}

func callVariadic() *int {
	a, b := 1, 2 // ERROR  "moved to heap: a" "moved to heap: b"
	return variadic(&a, &b) // ERROR  "\.\.\. argument does not escape"
}
