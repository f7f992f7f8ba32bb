// run

// Package sync/atomic: the functions for each type (Swap, CompareAndSwap,
// Add with wrap-around and the ^uint32(0) decrement, Load, Store), the
// Pointer functions, the types of Go 1.19 (Bool, Int32, Int64, Uint32,
// Uint64, Uintptr) through their methods, and Value with its panics.
package main

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

type point struct{ x, y int }

// try runs f and prints what it panicked with, if anything.
func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func functions() {
	var i32 int32 = 5
	fmt.Println(atomic.SwapInt32(&i32, 7), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 9), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 7, 9), i32)
	fmt.Println(atomic.AddInt32(&i32, -10), atomic.LoadInt32(&i32))
	i32 = 2147483647
	fmt.Println(atomic.AddInt32(&i32, 1))
	atomic.StoreInt32(&i32, -3)
	fmt.Println(i32)

	var i64 int64 = 1 << 40
	fmt.Println(atomic.SwapInt64(&i64, -1), i64)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, -1, 1<<62), i64)
	fmt.Println(atomic.AddInt64(&i64, 1<<62), atomic.LoadInt64(&i64))
	atomic.StoreInt64(&i64, 42)
	fmt.Println(i64)

	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), u32)
	fmt.Println(atomic.AddUint32(&u32, 2))
	fmt.Println(atomic.SwapUint32(&u32, 100), atomic.LoadUint32(&u32))
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 99, 1), atomic.CompareAndSwapUint32(&u32, 100, 1), u32)
	atomic.StoreUint32(&u32, 4000000000)
	fmt.Println(u32)

	var u64 uint64 = 10
	fmt.Println(atomic.AddUint64(&u64, ^uint64(3-1)), u64)
	fmt.Println(atomic.SwapUint64(&u64, 1<<63), atomic.LoadUint64(&u64))
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 1<<63, 3), u64)
	atomic.StoreUint64(&u64, 18446744073709551615)
	fmt.Println(u64, atomic.AddUint64(&u64, 1))

	var up uintptr = 8
	fmt.Println(atomic.AddUintptr(&up, 8), atomic.SwapUintptr(&up, 3), atomic.LoadUintptr(&up))
	fmt.Println(atomic.CompareAndSwapUintptr(&up, 3, 4), up)
	atomic.StoreUintptr(&up, 77)
	fmt.Println(up)

	a, b := 1, 2
	var p unsafe.Pointer
	fmt.Println(atomic.LoadPointer(&p) == nil)
	atomic.StorePointer(&p, unsafe.Pointer(&a))
	fmt.Println(*(*int)(atomic.LoadPointer(&p)))
	old := atomic.SwapPointer(&p, unsafe.Pointer(&b))
	fmt.Println(*(*int)(old), *(*int)(p))
	fmt.Println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&a), nil), p == unsafe.Pointer(&b))
	fmt.Println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&b), nil), p == nil)

	// a counter in a struct on the heap, updated through a pointer
	type counter struct {
		hits int64
		name string
	}
	c := &counter{name: "c"}
	for k := 0; k < 10; k++ {
		atomic.AddInt64(&c.hits, int64(k))
	}
	fmt.Println(c.name, atomic.LoadInt64(&c.hits))
}

func types() {
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load())
	fmt.Println(b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())

	var i32 atomic.Int32
	fmt.Println(i32.Add(-5), i32.Swap(3), i32.Load())
	fmt.Println(i32.CompareAndSwap(4, 0), i32.CompareAndSwap(3, 0), i32.Load())
	i32.Store(1 << 30)
	fmt.Println(i32.Load())

	var i64 atomic.Int64
	i64.Store(-1 << 62)
	fmt.Println(i64.Add(-1<<62), i64.Swap(9), i64.Load(), i64.CompareAndSwap(9, 10), i64.Load())

	var u32 atomic.Uint32
	fmt.Println(u32.Add(^uint32(0)), u32.Swap(1), u32.CompareAndSwap(1, 2), u32.Load())
	u32.Store(7)
	fmt.Println(u32.Load())

	var u64 atomic.Uint64
	u64.Store(1 << 63)
	fmt.Println(u64.Add(1<<63), u64.Swap(5), u64.CompareAndSwap(6, 7), u64.Load())

	var up atomic.Uintptr
	fmt.Println(up.Add(16), up.Swap(1), up.CompareAndSwap(1, 2), up.Load())
	up.Store(3)
	fmt.Println(up.Load())

	// the types in a struct, on the heap
	type stats struct {
		n    atomic.Int64
		done atomic.Bool
	}
	s := new(stats)
	for k := 0; k < 5; k++ {
		s.n.Add(2)
	}
	s.done.Store(true)
	fmt.Println(s.n.Load(), s.done.Load())
	fmt.Println(unsafe.Sizeof(b), unsafe.Sizeof(i32), unsafe.Sizeof(i64), unsafe.Sizeof(up))
}

func values() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(1)
	fmt.Println(v.Load())
	v.Store(2)
	fmt.Println(v.Load().(int) + 1)
	try("store of nil", func() { v.Store(nil) })
	try("store of a string", func() { v.Store("x") })
	try("store of an int", func() { v.Store(3) })
	fmt.Println(v.Swap(4), v.Load())
	try("swap of nil", func() { v.Swap(nil) })
	try("swap of a string", func() { v.Swap("y") })
	fmt.Println(v.CompareAndSwap(3, 5), v.Load())
	fmt.Println(v.CompareAndSwap(4, 5), v.Load())
	try("compare and swap of nil", func() { v.CompareAndSwap(5, nil) })
	try("compare and swap of different types", func() { v.CompareAndSwap("a", 1) })
	try("compare and swap of a string", func() { v.CompareAndSwap(nil, "a") })

	var w atomic.Value
	fmt.Println(w.Swap(point{1, 2}), w.Load())
	fmt.Println(w.CompareAndSwap(point{1, 2}, point{3, 4}), w.Load())
	fmt.Println(w.CompareAndSwap(point{1, 2}, point{5, 6}), w.Load())

	var e atomic.Value
	fmt.Println(e.CompareAndSwap(1, 2), e.Load())
	fmt.Println(e.CompareAndSwap(nil, "s"), e.Load())

	// a pointer in a Value keeps what it points to
	var pv atomic.Value
	pv.Store(&point{7, 8})
	q := pv.Load().(*point)
	q.x++
	fmt.Println(*pv.Load().(*point))

	// a Value inside a heap object, and a slice in it
	type config struct {
		v atomic.Value
	}
	c := &config{}
	c.v.Store([]string{"a", "b"})
	fmt.Println(c.v.Load().([]string))
	try("store of a different slice type", func() { c.v.Store([]int{1}) })
	var any1 interface{} = []int{1}
	var sv atomic.Value
	sv.Store(any1)
	try("compare and swap of uncomparable", func() { sv.CompareAndSwap([]int{1}, []int{2}) })
}

func main() {
	functions()
	types()
	values()
}
