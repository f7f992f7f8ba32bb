// run

// atomic.Value's corners: a typed nil pointer is a value (not nil),
// CompareAndSwap with a nil old against a full Value, old of another type
// than the one held, uncomparable old values, interface-typed stores, and
// the dynamic type fixed by the first store whichever method made it.
package main

import (
	"fmt"
	"sync/atomic"
)

type T struct{ a, b int }

type S interface{ M() }

type impl int

func (impl) M() {}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var v atomic.Value
	var np *int
	v.Store(np)
	fmt.Println(v.Load() == nil, v.Load().(*int) == nil)
	x := 3
	fmt.Println(v.CompareAndSwap(np, &x), *v.Load().(*int))
	fmt.Println(v.CompareAndSwap(nil, &x), v.CompareAndSwap(&x, np), v.Load().(*int) == nil)

	var w atomic.Value
	fmt.Println(w.CompareAndSwap(nil, T{1, 2}), w.Load())
	fmt.Println(w.CompareAndSwap(nil, T{3, 4}), w.Load())
	try("old of another type", func() { w.CompareAndSwap(1, T{}) })
	try("old and new of another type", func() { w.CompareAndSwap(1, 2) })
	try("new of another type", func() { w.CompareAndSwap(T{1, 2}, 2) })
	fmt.Println(w.Swap(T{5, 6}), w.Load())

	var s atomic.Value
	var i S = impl(7)
	s.Store(i)
	fmt.Printf("%T %v\n", s.Load(), s.Load())
	try("store impl", func() { s.Store(impl(8)) })
	try("store int", func() { s.Store(8) })

	var u atomic.Value
	u.Store([]int{1})
	try("uncomparable old", func() { fmt.Println(u.CompareAndSwap([]int{1}, []int{2})) })
	try("nil old, held uncomparable", func() { fmt.Println(u.CompareAndSwap(nil, []int{2})) })
	var m atomic.Value
	m.Store(map[string]int{"a": 1})
	try("uncomparable map", func() { fmt.Println(m.CompareAndSwap(map[string]int{}, map[string]int{})) })

	var f atomic.Value
	fmt.Println(f.Swap(1.5), f.Swap(2.5), f.Load())
	try("swap int", func() { f.Swap(1) })
	try("swap nil", func() { f.Swap(nil) })
	try("store nil", func() { f.Store(nil) })
	try("cas nil", func() { f.CompareAndSwap(2.5, nil) })
	var g atomic.Value
	try("cas nil on empty", func() { g.CompareAndSwap(nil, nil) })
	fmt.Println(g.Load())
}
