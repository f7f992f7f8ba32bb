// run

// Values that escape analysis keeps in the frame behave as Go's: addresses
// of locals, stack-allocated objects in loops (a fresh zero value each
// time), closures called in place, captured by value and then changed by
// nobody, slices and interface boxes in the frame, deferred calls, and
// values copied out of the frame before it goes. The expected output is Go
// 1.19's.

package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func (p *point) move(dx int) { p.x += dx }
func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func sum(ps []*point) int {
	t := 0
	for _, p := range ps {
		t += p.x + p.y
	}
	return t
}

func fresh() {
	for i := 0; i < 3; i++ {
		p := new(point) // zero each time, though the slot is reused
		p.x += i
		q := &point{y: i}
		fmt.Println(*p, *q, sum([]*point{p, q}))
	}
}

func copiedOut() point {
	p := &point{1, 2}
	p.move(10)
	return *p // the value leaves; the object stays in the frame
}

func closures() int {
	total := 0
	add := func(n int) { total += n } // captures total by reference
	for i := 1; i <= 4; i++ {
		add(i)
	}
	k := 3
	times := func(n int) int { return n * k } // by value
	return times(total)
}

func escapingClosure() func() int {
	base := 10 // captured by value: the closure keeps a copy
	return func() int { return base + 1 }
}

func counters() (func() int, func() int) {
	n := 0 // captured by reference and escaping: moved to the heap
	return func() int { n++; return n }, func() int { return n }
}

func boxes() string {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		var v interface{} = point{i, i * i}
		b.WriteString(fmt.Sprint(v))
	}
	return b.String()
}

func deferred() (out []int) {
	x := 1
	defer func(p *int) { out = append(out, *p) }(&x)
	for i := 0; i < 2; i++ {
		defer func(i int) { out = append(out, i*100) }(i)
	}
	x = 42
	return []int{7}
}

func arrays() [4]int {
	var a [4]int
	s := a[:]
	for i := range s {
		s[i] = i * i
	}
	return a
}

func makeLocal() int {
	buf := make([]byte, 16)
	n := copy(buf, "hello, world")
	return n + len(buf)
}

func main() {
	fresh()
	fmt.Println(copiedOut())
	fmt.Println(closures())
	f := escapingClosure()
	fmt.Println(f(), f())
	inc, get := counters()
	inc()
	inc()
	fmt.Println(get())
	fmt.Println(boxes())
	fmt.Println(deferred())
	fmt.Println(arrays())
	fmt.Println(makeLocal())
}
