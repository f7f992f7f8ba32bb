// run

// Long chains of nil-checked dereferences and type assertions (as in
// torture.go): each link's check holds the next, and the C must grow
// linearly with the chain (a check that repeated its operand doubled it
// at every link, and the C compiler ran out of memory).
package main

type T struct{ Next I }
type I interface{}

type U struct{ Children []J }
type J interface{ Child(n int) J }

func (u *U) Child(n int) J { return u.Children[n] }

func chainT(t *T) *T {
	return t.Next.(*T).Next.(*T).Next.(*T).Next.(*T).Next.(*T).
		Next.(*T).Next.(*T).Next.(*T).Next.(*T).Next.(*T).
		Next.(*T).Next.(*T).Next.(*T).Next.(*T).Next.(*T).
		Next.(*T).Next.(*T).Next.(*T).Next.(*T).Next.(*T).
		Next.(*T).Next.(*T).Next.(*T).Next.(*T).Next.(*T).
		Next.(*T).Next.(*T).Next.(*T).Next.(*T).Next.(*T)
}

type UArrPtr struct{ Children *[2]J }

func (u *UArrPtr) Child(n int) J { return u.Children[n] }

func chainArrPtr(u *UArrPtr) J {
	return u.Children[0].(*UArrPtr).Children[1].(*UArrPtr).Children[0].(*UArrPtr).
		Children[1].(*UArrPtr).Children[0].(*UArrPtr).Children[1].(*UArrPtr).
		Children[0].(*UArrPtr).Children[1].(*UArrPtr).Children[0].(*UArrPtr).
		Children[1].(*UArrPtr).Children[0].(*UArrPtr).Children[1].(*UArrPtr).
		Children[0].(*UArrPtr).Children[1].(*UArrPtr).Children[0].(*UArrPtr).
		Children[1].(*UArrPtr).Children[0].(*UArrPtr).Children[1].(*UArrPtr).
		Children[0].(*UArrPtr).Children[1].(*UArrPtr).Children[0]
}

func main() {
	t := &T{}
	t.Next = t
	println(chainT(t) == t)
	u := &UArrPtr{Children: &[2]J{}}
	u.Children[0], u.Children[1] = u, u
	println(chainArrPtr(u) == J(u))
	defer func() { println(recover().(error).Error()) }()
	chainT(&T{Next: &T{}})
}
