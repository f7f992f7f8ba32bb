// run

// Inlined calls must behave exactly as calls: argument order, named
// results, bare and parallel returns, short circuits, panics, loops and
// labels inside the inlined body, and variables shadowing the caller's.

package main

import (
	"errors"
	"fmt"
)

var trace []string

func note(s string, v int) int { trace = append(trace, s); return v }

func sub(a, b int) int { return a - b }

func swap(a, b int) (x, y int) {
	x, y = a, b
	return y, x
}

func named(n int) (r int, err error) {
	r = n * 2
	if n < 0 {
		err = errors.New("negative")
		return
	}
	return r + 1, nil
}

func positive(n int) bool { trace = append(trace, fmt.Sprint("pos", n)); return n > 0 }

func firstEven(xs []int) int {
	for i, x := range xs {
		if x%2 == 0 {
			return i
		}
	}
	return -1
}

func withGoto(n int) int {
	i := 0
loop:
	if i < n {
		i += 3
		goto loop
	}
	return i
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	}
	return "other"
}

func div(a, b int) int { return a / b }

func at(xs []int, i int) int { return xs[i] }

type box struct{ v int }

func (b *box) set(v int) *box { b.v = v; return b }
func (b box) get() int       { return b.v }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func newBox(v int) *box { return &box{v} }

func shadow(x int) int {
	y := x + 1
	{
		x := y * 2
		y = x
	}
	return y
}

func main() {
	// arguments in order, each once
	fmt.Println(sub(note("a", 10), note("b", 3)), trace)
	trace = nil

	a, b := swap(1, 2)
	fmt.Println(a, b)
	r, err := named(4)
	fmt.Println(r, err)
	r, err = named(-1)
	fmt.Println(r, err)

	// short circuits around inlined calls
	if positive(-1) && positive(2) {
		fmt.Println("unreachable")
	}
	if positive(3) || positive(4) {
		fmt.Println("or", trace)
	}
	trace = nil

	fmt.Println(firstEven([]int{1, 3, 4, 6}), firstEven(nil))
	fmt.Println(withGoto(10), withGoto(0))
	fmt.Println(classify(3), classify("s"), classify(2.5))

	// a loop around inlined calls with allocations
	total := 0
	var keep []*box
	for i := 0; i < 5; i++ {
		bx := newBox(i)
		total += bx.set(bx.get() * 2).get()
		if i%2 == 0 {
			keep = append(keep, bx)
		}
	}
	fmt.Println(total, len(keep), keep[0].v, keep[1].v, keep[2].v)
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(shadow(5))

	// panics inside inlined bodies
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(div(1, 0))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(at([]int{1, 2}, 5))
	}()
	var nb *box
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(nb.get())
	}()
}
