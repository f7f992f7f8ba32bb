// parse

// Every expression and type form: literals of every kind, composite
// literals (keys, elided element types, nested, &T{} elided in []*T),
// function literals, selectors, index, 2- and 3-index slices, type
// assertions, calls with ... , conversions ([]byte(s), (*T)(p), (func())(f),
// (<-chan int)(c)), method expressions, every unary and binary operator with
// its precedence, receive, channel types of each direction.
package exprs

import "unsafe"

type T struct {
	a int
	b []string
	m map[string]*T
}

type K struct{ a int }

func (t T) M(x int) int   { return x }
func (t *T) P(x int) int  { return x }
func sum(xs ...int) int   { return len(xs) }
func pair() (int, string) { return 0, "" }

var (
	i  = 42
	o  = 0o17 + 017 + 0x1F + 0b101 + 1_000_000
	fl = 1.5e3 + .5 + 1. + 0x1p-2
	im = 2i + 1.5i
	r  = 'a' + '\n' + '\x41' + '\u00e9' + '\'' + '本'
	s  = "str\t\"q\"" + `raw
string`
	neg = -i + +i + ^i
	b   = !(i < 2) && i <= 3 || i > 4 && i >= 5 && i == 6 || i != 7
	ar  = i*2/3%4<<1>>1&7 | 8 ^ 9&^10 + i - 1
	pr  = (i + 1) * (i - 1)
)

var (
	t1 = T{}
	t2 = T{1, nil, nil}
	t3 = T{a: 1, b: []string{"x", "y"}, m: map[string]*T{"k": {a: 2}, "l": nil}}
	t4 = &T{a: 3}
	a1 = [...]int{1, 2, 3}
	a2 = [5]int{2: 1, 4: 2}
	s1 = []T{{a: 1}, {b: []string{}}}
	s2 = []*T{{a: 1}, &T{a: 2}}
	s3 = [][]int{{1}, {2, 3}, nil}
	m1 = map[K]bool{{a: 1}: true, K{a: 2}: false}
	m2 = map[string][]int{"a": {1, 2}}
	st = struct {
		x, y int
	}{1, 2}
	an = []interface{}{1, "a", nil, struct{}{}}
	fs = []func() int{func() int { return 1 }}
)

func exprs(p *T, x interface{}, c chan int, f func(int) int, arr [8]int) {
	_ = p.a
	_ = p.m["k"].b[0]
	_ = arr[1:3]
	_ = arr[:3]
	_ = arr[1:]
	_ = arr[:]
	_ = arr[1:3:5]
	_ = arr[:3:5]
	_ = s[1:]
	_ = x.(int)
	_ = x.(*T).a
	v, ok := x.(interface{ M(int) int })
	_, _ = v, ok
	_ = f(1)
	_ = sum()
	_ = sum(1, 2)
	_ = sum(s3[0]...)
	_ = sum(
		1,
		2,
	)
	_ = func(a, b int) int { return a + b }(1, 2)
	_ = T.M(t1, 1)
	_ = (*T).P(p, 1)
	_ = []byte(s)
	_ = string([]rune{'a'})
	_ = (*T)(p)
	_ = (*int)(unsafe.Pointer(p))
	_ = (func())(nil)
	_ = (<-chan int)(c)
	_ = (chan<- int)(c)
	_ = map[string]int(nil)
	_ = interface{}(1)
	_ = <-c
	_ = *p
	_ = &p.a
	_ = &arr
	_ = -(*p).a
	_ = len(s) + cap(arr[:]) + copy(arr[:], arr[:])
	_ = make(chan int, 1)
	_ = make(chan<- []int)
	_ = make(<-chan map[string]int)
	_ = make(chan (<-chan int))
	_ = make([]int, 1, 2)
	_ = make(map[string]int)
	_ = new(int)
	_ = new(struct{ x int })
	_ = pr
}
