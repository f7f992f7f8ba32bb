// errorcheck -0 -m -l

// Escape analysis, the basic rules: a variable whose address outlives its
// function moves to the heap; parameters are summarised by where their
// values go (the heap, a result, and after how many dereferences).
// The annotations are Go 1.19's (tests/tools/annotate.sh).

package escape

type T struct{ a, b int }

type Node struct {
	next *Node
	val  *int
}

var global *int
var gnode *Node

func newInt() *int {
	x := 42 // ERROR  "moved to heap: x"
	return &x
}

func id(p *int) *int { // ERROR  "leaking param: p to result ~r0 level=0"
	return p
}

func deref(p **int) *int { // ERROR  "leaking param: p to result ~r0 level=1"
	return *p
}

func store(p *int) { // ERROR  "leaking param: p"
	global = p
}

func storeContent(pp **int) { // ERROR  "leaking param content: pp"
	global = *pp
}

func local() int {
	y := 7
	q := &y
	return *q
}

func newT() *T {
	return &T{1, 2} // ERROR  "&T\{\.\.\.\} escapes to heap"
}

func localT() int {
	t := &T{3, 4} // ERROR  "&T\{\.\.\.\} does not escape"
	return t.a + t.b
}

func noEscape(p *int) int { // ERROR  "p does not escape"
	return *p + 1
}

func named(p *int) (r *int) { // ERROR  "leaking param: p to result r level=0"
	r = p
	return
}

func blank(p *int) (_ *int) { // ERROR  "leaking param: p to result ~b0 level=0"
	return p
}

func two(a, b *int) (*int, *int) { // ERROR  "leaking param: a to result ~r1 level=0" "leaking param: b to result ~r0 level=0"
	return b, a
}

func field(n *Node) *int { // ERROR  "leaking param: n to result ~r0 level=1"
	return n.val
}

func fieldOfField(n *Node) *int { // ERROR  "leaking param: n to result ~r0 level=2"
	return n.next.val
}

func link(n *Node) { // ERROR  "leaking param content: n"
	gnode = n.next
}

func unnamed(*int, **int) {}

func (n *Node) get() *int { // ERROR  "leaking param: n to result ~r0 level=1"
	return n.val
}

func (n Node) getv() *int { // ERROR  "leaking param: n to result ~r0 level=0"
	return n.val
}

func (n *Node) setGlobal() { // ERROR  "leaking param: n"
	gnode = n
}

func scalars(a, b int) int {
	return a + b
}

func caller() int {
	a := newInt()
	b := 1
	c := id(&b)
	d := 2
	pd := &d
	e := deref(&pd)
	store(new(int)) // ERROR  "new\(int\) escapes to heap"
	t := newT()
	f := 3
	g := noEscape(&f)
	var n Node
	h := field(&n)
	var m Node // ERROR  "moved to heap: m"
	m.setGlobal()
	return *a + *c + *e + t.a + g + *h + local() + localT()
}

func sizes() {
	var big [10 << 20]byte
	var huge [10<<20 + 1]byte // ERROR  "moved to heap: huge"
	p := new([64 << 10]byte) // ERROR  "new\(\[65536\]byte\) does not escape"
	q := new([64<<10 + 1]byte) // ERROR  "new\(\[65537\]byte\) escapes to heap"
	s := make([]byte, 64<<10) // ERROR  "make\(\[\]byte, 64 << 10\) does not escape"
	u := make([]byte, 64<<10+1) // ERROR  "make\(\[\]byte, 64 << 10 \+ 1\) escapes to heap"
	n := 10
	v := make([]int, n) // ERROR  "make\(\[\]int, n\) escapes to heap"
	w := make([]int, 10, 20) // ERROR  "make\(\[\]int, 10, 20\) does not escape"
	x := make([]int, n, 20) // ERROR  "make\(\[\]int, n, 20\) does not escape"
	_, _, _, _, _, _, _, _, _ = big, huge, p, q, s, u, v, w, x
}
