// errorcheck -0 -m -l

// Allocation sites other than new: slices, maps, append and copy,
// interface conversions, strings and their conversions, and assignments
// that store nothing new (self-assignments).
// The annotations are Go 1.19's (tests/tools/annotate.sh).

package escape

var sink interface{}
var ssink []*int
var strsink string

type Buffer struct {
	buf  []byte
	arr  [8]byte
	rest []byte
}

func slices() int {
	s := []int{1, 2, 3} // ERROR  "\[\]int\{\.\.\.\} does not escape"
	t := make([]*int, 4) // ERROR  "make\(\[\]\*int, 4\) does not escape"
	x := 1 // ERROR  "moved to heap: x"
	t[0] = &x
	return s[0] + len(t)
}

func appends(s []*int, x *int) []*int { // ERROR  "leaking param content: s" "leaking param: s to result ~r0 level=0" "leaking param: x"
	s = append(s, x)
	return s
}

func appendLocal() int {
	var s []int
	s = append(s, 1, 2)
	return len(s)
}

func appendSlice(dst, src []*int) []*int { // ERROR  "leaking param content: dst" "leaking param: dst to result ~r0 level=0" "leaking param content: src"
	return append(dst, src...)
}

func copies(dst, src []*int) int { // ERROR  "dst does not escape" "leaking param content: src"
	return copy(dst, src)
}

func maps(k, v *int) int { // ERROR  "leaking param: k" "leaking param: v"
	m := make(map[*int]*int) // ERROR  "make\(map\[\*int\]\*int\) does not escape"
	m[k] = v
	n := map[string]int{"a": 1} // ERROR  "map\[string\]int\{\.\.\.\} does not escape"
	return len(m) + n["a"]
}

func mapParam(m map[*int]*int, k, v *int) { // ERROR  "m does not escape" "leaking param: k" "leaking param: v"
	m[k] = v
}

func ifaces(x int, p *int) { // ERROR  "leaking param: p"
	sink = x // ERROR  "x escapes to heap"
	sink = p
	var local interface{} = x // ERROR  "x does not escape"
	_ = local
	sink = 1 // ERROR  "1 escapes to heap"
	sink = "abc" // ERROR  `"abc" escapes to heap`
}

func assertion(i interface{}) int { // ERROR  "i does not escape"
	v := i.(int)
	return v
}

func assertPtr(i interface{}) *int { // ERROR  "leaking param: i to result ~r0 level=0"
	return i.(*int)
}

func strings(a, b string, bs []byte, r rune) int { // ERROR  "a does not escape" "b does not escape" "bs does not escape"
	s := a + b // ERROR  "a \+ b does not escape"
	strsink = a + "!" // ERROR  `a \+ "!" escapes to heap`
	c := []byte(a) // ERROR  "\(\[\]byte\)\(a\) does not escape"
	d := string(bs) // ERROR  "string\(bs\) does not escape"
	e := string(r) // ERROR  "string\(r\) does not escape"
	f := []rune(b) // ERROR  "\(\[\]rune\)\(b\) does not escape"
	return len(s) + len(c) + len(d) + len(e) + len(f)
}

func (b *Buffer) selfAssign() { // ERROR  "leaking param: b"
	b.buf = b.buf[1:2] // ERROR  "\(\*Buffer\)\.selfAssign ignoring self-assignment in b\.buf = b\.buf\[1:2\]"
	b.rest = b.buf[1:2:3] // ERROR  "\(\*Buffer\)\.selfAssign ignoring self-assignment in b\.rest = b\.buf\[1:2:3\]"
	b.buf = b.arr[1:2]
}

func starSelf(sp *[]byte) { // ERROR  "sp does not escape"
	*sp = (*sp)[1:2] // ERROR  "starSelf ignoring self-assignment in \*sp = \(\*sp\)\[1:2\]"
}
