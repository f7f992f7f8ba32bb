// escape.go: where Go's values live. Each function below is one rule of
// escape analysis; `gosub build -m -l escape.go` (or Go's
// `go build -gcflags='-m -l'`) says, for each, what stays in the function's
// frame and what must move to the heap. escape.m is that report, from Go.
package main

import "fmt"

type Point struct{ X, Y int }

// A pointer to a local that is returned outlives the frame: p moves to the heap.
func NewPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

// A pointer used only inside the frame does not escape.
func Dist2(x, y int) int {
	p := &Point{x, y}
	return p.X*p.X + p.Y*p.Y
}

// A parameter is summarised for the callers: here it only flows to the result.
func First(ps []*Point) *Point {
	return ps[0]
}

// Storing in a global is storing in the heap.
var last *Point

func Remember(p *Point) {
	last = p
}

// A closure that outlives its frame takes its captured variables with it.
func Counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// Converting to an interface boxes the value; fmt's parameters keep what
// the boxes point to, so the boxes go to the heap.
func Show(p Point) {
	fmt.Println(p.X, p.Y)
}

// make with a constant size can stay in the frame; with a variable size it cannot.
func Buffers(n int) int {
	small := make([]byte, 64)
	sized := make([]byte, n)
	return len(small) + len(sized)
}

func main() {
	a := NewPoint(1, 2)
	fmt.Println(*a, Dist2(3, 4))
	b := &Point{5, 6}
	fmt.Println(*First([]*Point{b}))
	Remember(new(Point))
	next := Counter()
	next()
	fmt.Println(next())
	Show(Point{7, 8})
	fmt.Println(Buffers(10))
}
