// Package heap is Go's container/heap: a binary min-heap kept in the
// caller's own sequence through Interface. Element 0 is the least (by
// Less); the children of element i are 2i+1 and 2i+2. Each operation
// calls Less, Swap, Push and Pop in the order Go's does, so a type that
// watches its calls sees the same ones.
package heap

import "sort"

// Interface is a sort.Interface that can also grow (Push puts x at index
// Len()) and shrink (Pop takes away the element at Len()-1).
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init orders the whole sequence as a heap: every parent, from the last
// one back to the root, is sunk below its smaller children.
func Init(h Interface) {
	size := h.Len()
	for parent := size/2 - 1; parent >= 0; parent-- {
		sink(h, parent, size)
	}
}

// Push appends x and lets it rise to its place.
func Push(h Interface, x any) {
	h.Push(x)
	rise(h, h.Len()-1)
}

// Pop takes out the least element: it swaps it with the last one, sinks
// the new root within the rest, and Pops the old root off the end.
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	sink(h, 0, last)
	return h.Pop()
}

// Remove takes out element i the same way; the element moved into its
// place may belong lower or higher.
func Remove(h Interface, i int) any {
	if last := h.Len() - 1; i != last {
		h.Swap(i, last)
		if !sink(h, i, last) {
			rise(h, i)
		}
	}
	return h.Pop()
}

// Fix puts element i back in order after its value changed.
func Fix(h Interface, i int) {
	if !sink(h, i, h.Len()) {
		rise(h, i)
	}
}

// rise swaps element i with its parent for as long as it is less.
func rise(h Interface, i int) {
	for i > 0 {
		up := (i - 1) / 2
		if !h.Less(i, up) {
			return
		}
		h.Swap(up, i)
		i = up
	}
}

// sink swaps element i with its lesser child (the left one on a tie)
// while that child is less, among the first size elements. It reports
// whether the element went down at all.
func sink(h Interface, i, size int) bool {
	from := i
	for {
		kid := 2*i + 1
		if kid >= size || kid < 0 { // kid < 0: 2i+1 overflowed
			break
		}
		if right := kid + 1; right < size && h.Less(right, kid) {
			kid = right
		}
		if !h.Less(kid, i) {
			break
		}
		h.Swap(i, kid)
		i = kid
	}
	return i > from
}
