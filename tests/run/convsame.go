// run

// Values of types with identical underlying types, struct tags aside, are
// one C type in gosub's output (the sweep of Go's test suite found each of
// these rejected by the C compiler): conversions between them, and an
// unnamed value assigned, passed, returned, appended, compared and stored
// where a named one is expected (fixedbugs/bug277.go, gcc61204.go,
// issue23545.go, issue23912.go).
package main

import "fmt"

type A [3]int
type B A
type S struct{ x int }
type T S
type P *S
type Tagged struct {
	x int `json:"x"`
}
type Nested struct{ in struct{ x int } }
type NestedTagged struct {
	in struct {
		x int `tag:"t"`
	}
}

var a A = [...]int{1, 2, 3}
var s S = struct{ x int }{5}
var p P = &s

func arr(x [3]int) A                     { return x }
func sum(b B) int                        { return b[0] + b[1] + b[2] }
func id(x [2]interface{}) [2]interface{} { return x }

type ID [2]interface{}

func get() ID { return id([2]interface{}{1, "x"}) }

func main() {
	a = A(a)
	a = [3]int(a)
	s = struct{ x int }(s)
	t := T(s)
	var u struct{ x int } = s
	p = (*S)(p)
	q := (*T)((*S)(p))
	q.x++
	fmt.Println(a, s, t, u, *q, arr([3]int{4, 5, 6}), sum(B(a)))

	type t0 [0]int
	var v t0
	v, _ = [0]int{}, 0
	fmt.Println(v, len(v))

	type E = struct{}
	type X struct{}
	type Es []E
	var x X
	var y E = x
	es := Es{E{}}
	es = append(es, x, y)
	fmt.Println(len(es), y)

	if g := get(); g != id([2]interface{}{1, "x"}) || g[1] != "x" {
		panic("get")
	}

	tg := Tagged(struct{ x int }{7})
	pt := (*struct{ x int })(&tg)
	pt.x++
	n := Nested(NestedTagged{})
	n.in.x = 3
	fmt.Println(tg, n, NestedTagged(n))

	m := map[string]A{"k": [3]int{7, 8, 9}}
	m["j"] = [3]int(m["k"])
	ch := []S{struct{ x int }{1}, S{2}}
	ch = append(ch, struct{ x int }{3})
	fmt.Println(m, ch)
}
