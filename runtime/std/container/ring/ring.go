// Package ring is Go's container/ring: circular doubly linked lists in
// which every element stands for the whole ring. A zero Ring is a ring of
// one element; it links itself to itself the first time it is used.
package ring

// A Ring is one element of a ring.
type Ring struct {
	fwd, back *Ring
	Value     any // the caller's; the package never looks at it
}

// self makes a zero Ring the ring of one it stands for.
func (r *Ring) self() *Ring {
	if r.fwd == nil {
		r.fwd, r.back = r, r
	}
	return r
}

func (r *Ring) Next() *Ring { return r.self().fwd }
func (r *Ring) Prev() *Ring { return r.self().back }

// Move walks n elements forward, or -n backward: all n steps, however
// long the ring.
func (r *Ring) Move(n int) *Ring {
	at := r.self()
	for ; n > 0; n-- {
		at = at.fwd
	}
	for ; n < 0; n++ {
		at = at.back
	}
	return at
}

// New makes a ring of n zero elements; nil when n is not positive.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	head := new(Ring).self()
	for made := 1; made < n; made++ {
		head.back.Link(new(Ring)) // after the last one
	}
	return head
}

// Link splices ring s in after r and returns what followed r. When s is
// in r's own ring, the elements after r up to s come out instead, as a
// ring of their own, which is the result.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s == nil {
		return after
	}
	last := s.Prev()
	r.fwd, s.back = s, r
	after.back, last.fwd = last, after
	return after
}

// Unlink takes out the n elements after r and returns them as a ring
// (nil for n <= 0). It is a Link with the element n+1 steps on, so n is
// in effect taken modulo the ring's length.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	end := r.Move(n + 1)
	return r.Link(end)
}

// Len counts the elements by walking round; a nil ring has none.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	count := 1
	for at := r.Next(); at != r; at = at.fwd {
		count++
	}
	return count
}

// Do calls f with each element's Value, r's first, going forward.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for at := r.Next(); at != r; at = at.fwd {
		f(at.Value)
	}
}
