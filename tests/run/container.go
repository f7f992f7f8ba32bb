// run

// container/heap (a priority queue, Fix and Remove) and container/ring
// (Link, Unlink, Move, Do). The expected output is Go 1.19's.

package main

import (
	"container/heap"
	"container/ring"
	"fmt"
)

type item struct {
	name     string
	priority int
	index    int
}

type queue []*item

func (q queue) Len() int            { return len(q) }
func (q queue) Less(i, j int) bool  { return q[i].priority > q[j].priority }
func (q queue) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *queue) Push(x any)         { it := x.(*item); it.index = len(*q); *q = append(*q, it) }
func (q *queue) Pop() any           { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any          { old := *h; n := len(old); x := old[n-1]; *h = old[:n-1]; return x }

func main() {
	h := &ints{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	q := queue{}
	for _, name := range []string{"banana", "apple", "pear"} {
		q = append(q, &item{name: name, priority: items[name], index: len(q)})
	}
	heap.Init(&q)
	orange := &item{name: "orange", priority: 1}
	heap.Push(&q, orange)
	orange.priority = 5
	heap.Fix(&q, orange.index)
	removed := heap.Remove(&q, q[len(q)-1].index).(*item)
	fmt.Println("removed", removed.name)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Printf("%.2d:%s ", it.priority, it.name)
	}
	fmt.Println()

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	gone := r.Unlink(2)
	fmt.Println(r.Len(), gone.Len(), r.Move(-1).Value, r.Prev().Value)
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z)
}
