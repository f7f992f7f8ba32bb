// run

// unsafe: Sizeof, Alignof and Offsetof with gc's amd64 layout, Pointer
// conversions, Add and Slice.
package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c byte
	d string
	e [3]int16
}

type E struct {
	x int32
	S
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.d), unsafe.Offsetof(s.e))
	var e E
	fmt.Println(unsafe.Sizeof(e), unsafe.Offsetof(e.S), unsafe.Offsetof(e.d))
	arr := [4]int{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	q := (*int)(unsafe.Add(p, 2*unsafe.Sizeof(arr[0])))
	fmt.Println(*q)
	sl := unsafe.Slice(&arr[1], 2)
	fmt.Println(sl, len(sl), cap(sl))
	u := uintptr(p)
	fmt.Println(u != 0, unsafe.Sizeof(u), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(struct{}{}))
}
