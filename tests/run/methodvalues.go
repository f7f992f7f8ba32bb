// run

// Method values bind their receiver when evaluated (&t for pointer methods);
// method expressions take it first; both through interfaces too.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Add(k int)     { t.n += k }
func (t T) Pair() (int, int) { return t.n, -t.n }

type Getter interface{ Get() int }

func main() {
	t := T{5}
	get := t.Get
	add := t.Add
	add(10)
	fmt.Println(get(), t.n)
	f := T.Get
	g := (*T).Add
	g(&t, 1)
	fmt.Println(f(t), t.n)
	var gi Getter = t
	h := gi.Get
	fmt.Println(h())
	ig := Getter.Get
	fmt.Println(ig(T{42}))
	p := t.Pair
	a, b := p()
	fmt.Println(a, b)
	fs := []func() int{t.Get, T{7}.Get}
	for _, fn := range fs {
		fmt.Println(fn())
	}
}
