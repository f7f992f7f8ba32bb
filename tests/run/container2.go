// run

// container/heap call by call: a heap that logs every Less, Swap, Push
// and Pop, so that the order of comparisons and swaps of Init, Push, Pop,
// Remove (last, middle, first) and Fix (up, down, in place) is Go's;
// empty heaps. container/ring at its edges: New(0), nil and zero rings,
// Move backward, forward and past the length, Link with nil, with itself
// and inside one ring, Unlink of 0, all and more than all.
package main

import (
	"container/heap"
	"container/ring"
	"fmt"
	"strings"
)

type logged struct {
	a   []int
	log []string
}

func (h *logged) Len() int { return len(h.a) }
func (h *logged) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("L%d%d", i, j))
	return h.a[i] < h.a[j]
}
func (h *logged) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("S%d%d", i, j))
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *logged) Push(x any) { h.log = append(h.log, "push"); h.a = append(h.a, x.(int)) }
func (h *logged) Pop() any {
	h.log = append(h.log, "pop")
	x := h.a[len(h.a)-1]
	h.a = h.a[:len(h.a)-1]
	return x
}

func (h *logged) show(what string, result ...any) {
	fmt.Println(what, result, h.a, strings.Join(h.log, " "))
	h.log = nil
}

func values(r *ring.Ring) string {
	var parts []string
	r.Do(func(v any) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " ") + "]"
}

func numbered(n int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	return r
}

func main() {
	h := &logged{}
	heap.Init(h)
	h.show("init empty")
	h.a = []int{9, 4, 7, 1, 8, 2, 6, 3, 5, 0}
	heap.Init(h)
	h.show("init")
	heap.Push(h, -1)
	h.show("push -1")
	heap.Push(h, 10)
	h.show("push 10")
	h.show("pop", heap.Pop(h))
	h.show("remove last", heap.Remove(h, h.Len()-1))
	h.show("remove 3", heap.Remove(h, 3))
	h.show("remove 0", heap.Remove(h, 0))
	h.a[5] = -5
	heap.Fix(h, 5)
	h.show("fix up")
	h.a[0] = 50
	heap.Fix(h, 0)
	h.show("fix down")
	heap.Fix(h, 2)
	h.show("fix in place")
	for h.Len() > 1 {
		heap.Pop(h)
	}
	h.log = nil
	h.show("pop one", heap.Pop(h))
	h.a = []int{3, 3, 3}
	heap.Init(h)
	h.show("equal")
	h.show("remove 1 of equal", heap.Remove(h, 1))

	fmt.Println(ring.New(0) == nil, ring.New(-2) == nil, ring.New(1).Len())
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len(), values(nilRing))
	var z ring.Ring
	fmt.Println(z.Move(3) == &z, z.Prev() == &z, z.Len(), values(&z))
	var z2 ring.Ring
	fmt.Println(z2.Move(-1) == &z2, z2.Len())
	var z3 ring.Ring
	fmt.Println(z3.Link(nil) == &z3, z3.Len())

	r := numbered(5)
	fmt.Println(r.Move(0).Value, r.Move(2).Value, r.Move(-2).Value, r.Move(7).Value, r.Move(-11).Value)
	fmt.Println(r.Link(nil).Value, values(r))
	fmt.Println(values(r.Unlink(0)), values(r.Unlink(-1)), values(r))
	fmt.Println(values(r.Unlink(5)), values(r))
	r = numbered(5)
	fmt.Println(values(r.Unlink(7)), values(r))
	r = numbered(5)
	fmt.Println(values(r.Unlink(2)), values(r))

	r = numbered(6)
	gone := r.Link(r.Move(3))
	fmt.Println(values(gone), values(r))
	r = numbered(3)
	self := r.Link(r)
	fmt.Println(values(self), values(r), r.Len(), self.Len())

	a, b := numbered(3), numbered(2)
	b.Value, b.Next().Value = "x", "y"
	fmt.Println(a.Link(b).Value, values(a), a.Len())
	c := numbered(4)
	fmt.Println(c.Prev().Link(c).Value, values(c))

	var sum int
	numbered(100).Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
}
