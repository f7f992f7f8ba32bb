// run

// Closures sharing captured variables, func values, defer order and argument
// evaluation, recover from runtime errors, named results set by deferred calls,
// and a panic raised while recovering.
package main

import (
	"fmt"
)

type myErr struct{ s string }

func (e myErr) Error() string { return e.s }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func double(x int) int { return 2 * x }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = myErr{fmt.Sprint("recovered: ", r)}
		}
	}()
	q = a / b
	return
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body")
}

type T struct{ name string }

func (t *T) hello(greet string) { fmt.Println(greet, t.name) }

func nested() (s string) {
	defer func() { s += "!" }()
	return "done"
}

func main() {
	c := counter()
	fmt.Println(c(), c(), c())
	d := counter()
	fmt.Println(d(), c())
	fmt.Println(apply([]int{1, 2, 3}, double))
	k := 10
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x + k }))
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	q, err := safeDiv(7, 2)
	fmt.Println(q, err)
	q, err = safeDiv(7, 0)
	fmt.Println(q, err)
	order()
	t := &T{"gopher"}
	defer t.hello("bye")
	fmt.Println(nested())
	e := myErr{"x"}
	_ = e
	var nilslice []int
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic("again")
	}()
	nilslice[3]++
}
