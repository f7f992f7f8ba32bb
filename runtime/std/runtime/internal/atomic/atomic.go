// gosub's runtime/internal/atomic: only what gosub uses of Go's package.
// Loadp, StorepNoWB and Casp1 are what Go's test/escape_runtime_atomic.go
// checks escape analysis on; the others are the operations the C unit test
// tests/runtime/atomic_test.c exercises. Body-less functions are written in
// C, in runtime/std_atomic.c, as gosub_runtime_internal_atomic_<Name>.
//
// The integer operations are marked //go:noescape: they keep no pointer.
// The pointer operations are not, as in Go: the pointer stored may be
// read later by anyone, so what it points at must live on the heap.

// Package atomic is the runtime's own set of single-step memory operations.
package atomic

import "unsafe"

// Loadp returns the pointer stored at ptr (ptr points at an unsafe.Pointer).
//
//go:noinline
func Loadp(ptr unsafe.Pointer) unsafe.Pointer {
	return *(*unsafe.Pointer)(ptr)
}

// StorepNoWB stores val in the pointer ptr points at.
func StorepNoWB(ptr unsafe.Pointer, val unsafe.Pointer)

// Casp1 sets *ptr to new if it equals old, reporting whether it did.
func Casp1(ptr *unsafe.Pointer, old, new unsafe.Pointer) bool

// Xadd and its variants add delta to *ptr and return the new value.

//go:noescape
func Xadd(ptr *uint32, delta int32) uint32

//go:noescape
func Xadd64(ptr *uint64, delta int64) uint64

//go:noescape
func Xadduintptr(ptr *uintptr, delta uintptr) uintptr

//go:noescape
func Xaddint32(ptr *int32, delta int32) int32

//go:noescape
func Xaddint64(ptr *int64, delta int64) int64

// Xchg and Xchgint64 write new to *ptr and return the previous value.

//go:noescape
func Xchg(ptr *uint32, new uint32) uint32

//go:noescape
func Xchgint64(ptr *int64, new int64) int64

// Cas and Cas64 set *ptr to new if it equals old, reporting whether they did.

//go:noescape
func Cas(ptr *uint32, old, new uint32) bool

//go:noescape
func Cas64(ptr *uint64, old, new uint64) bool

// Store8 and StoreRel64 set *ptr to val.

//go:noescape
func Store8(ptr *uint8, val uint8)

//go:noescape
func StoreRel64(ptr *uint64, val uint64)

// Loaduint and Loadint64 return *ptr.

//go:noescape
func Loaduint(ptr *uint) uint

//go:noescape
func Loadint64(ptr *int64) int64

// And8, Or8, And and Or combine *ptr with val bit by bit.

//go:noescape
func And8(ptr *uint8, val uint8)

//go:noescape
func Or8(ptr *uint8, val uint8)

//go:noescape
func And(ptr *uint32, val uint32)

//go:noescape
func Or(ptr *uint32, val uint32)
