// The part of Go's runtime/internal/atomic that gosub has: the pointer
// operations whose escape behaviour Go's test/escape_runtime_atomic.go
// checks (Loadp, StorepNoWB, Casp1), and the integer operations that the C
// unit test tests/runtime/atomic_test.c exercises. Declarations without a
// body are C, in runtime/std_atomic.c, named
// gosub_runtime_internal_atomic_<Name>.
//
// The integer operations are //go:noescape, as they keep no pointer. The
// pointer operations are not: the pointer they store can be loaded by
// anyone later, so what it points to must be on the heap, as in Go.

// Package atomic is the runtime's set of indivisible memory operations.
package atomic

import "unsafe"

// Loadp returns the pointer held in the unsafe.Pointer that ptr points to.
//
//go:noinline
func Loadp(ptr unsafe.Pointer) unsafe.Pointer {
	slot := (*unsafe.Pointer)(ptr)
	return *slot
}

// StorepNoWB sets the unsafe.Pointer that ptr points to to val.
func StorepNoWB(ptr unsafe.Pointer, val unsafe.Pointer)

// Casp1 sets *ptr to new if *ptr is old, and reports whether it did.
func Casp1(ptr *unsafe.Pointer, old, new unsafe.Pointer) bool

// Adding delta to *ptr, returning the sum.

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

// Exchanging: *ptr becomes new, and the old value is returned.

//go:noescape
func Xchg(ptr *uint32, new uint32) uint32

//go:noescape
func Xchgint64(ptr *int64, new int64) int64

// Compare-and-swap: *ptr becomes new only if it is old; the result says
// whether it did.

//go:noescape
func Cas(ptr *uint32, old, new uint32) bool

//go:noescape
func Cas64(ptr *uint64, old, new uint64) bool

// Plain stores and loads.

//go:noescape
func Store8(ptr *uint8, val uint8)

//go:noescape
func StoreRel64(ptr *uint64, val uint64)

//go:noescape
func Loaduint(ptr *uint) uint

//go:noescape
func Loadint64(ptr *int64) int64

// Bitwise and/or of *ptr with val, in place.

//go:noescape
func And8(ptr *uint8, val uint8)

//go:noescape
func Or8(ptr *uint8, val uint8)

//go:noescape
func And(ptr *uint32, val uint32)

//go:noescape
func Or(ptr *uint32, val uint32)
