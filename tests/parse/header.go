// parse

// The composite-literal-versus-block ambiguity. In the header of if, for and
// switch, a `{` after a type name opens the body, so a literal of a named
// type must be parenthesized there (spec, Composite literals); a literal of
// an array, slice, map or struct type, or one inside parentheses, brackets
// or a function literal's body, needs no parentheses. The lexer/parser
// boundary decides which `{` is which (the loophack, parse.y).
package header

type T struct{ n int }

func (t T) ok() bool { return t.n > 0 }

func headers(x T, m map[T]int, p *T) {
	for _, v := range []T{{1}} {
		_ = v
	}
	for i := range [3]int{} {
		_ = i
	}
	for k, v := range map[string]T{"a": {1}} {
		_, _ = k, v
	}
	for _, s := range []struct{ a, b int }{{1, 2}} {
		_ = s
	}
	if f := func() bool { return true }; f() {
	}
	if func() bool { return T{} == T{1} }() {
	}
	if func() bool { return true }() {
	}
	switch (T{}) {
	case x:
	}
	switch struct{}{} {
	}
	if x == (T{}) {
	}
	if (T{n: 1}).ok() {
	}
	if _, ok := m[T{1}]; ok {
	}
	if v := (T{2}); v.ok() {
	}
	for i := 0; i < len([]int{1, 2}); i++ {
	}
	for x := (T{}); !x.ok(); x.n++ {
	}
	if y := []int{1}; len(y) > 0 {
		if z := map[int]T{1: {1}}; z[1].ok() {
		}
	}
	switch v := interface{}(T{}).(type) {
	case T:
		_ = v
	}
	if *p == (T{}) || x == (T{n: 2}) {
	}
	for p.ok() {
		break
	}
	select {
	case <-make(chan T):
	default:
	}
}
