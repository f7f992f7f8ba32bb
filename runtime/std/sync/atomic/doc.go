// sync/atomic's functions on plain variables. They have no Go bodies: each
// is C, in runtime/std_atomic.c (gosub_sync_atomic_<Name>), and since all
// goroutines share one thread and switch only at known points, those
// bodies are ordinary loads and stores. type.go builds the typed wrappers
// (Int32, Bool, Pointer, ...) on them, value.go the Value type.
//
// No declaration here says //go:noescape, so escape analysis takes every
// addr to leak: gc says the same of Go's assembly versions, and callers'
// -m reports match.

// Package atomic provides indivisible operations on integers and pointers,
// and types built on them.
package atomic

import "unsafe"

// For each type T there are five operations on the variable *addr:
//   Load returns it;  Store sets it to val;
//   Swap sets it to new and returns what it was;
//   CompareAndSwap sets it to new only if it equals old, reporting whether;
//   Add (integers only) adds delta, wrapping, and returns the sum; for the
//   unsigned types, adding ^T(c-1) subtracts c.

// int32

func LoadInt32(addr *int32) (val int32)
func StoreInt32(addr *int32, val int32)
func SwapInt32(addr *int32, new int32) (old int32)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func AddInt32(addr *int32, delta int32) (new int32)

// int64

func LoadInt64(addr *int64) (val int64)
func StoreInt64(addr *int64, val int64)
func SwapInt64(addr *int64, new int64) (old int64)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func AddInt64(addr *int64, delta int64) (new int64)

// uint32

func LoadUint32(addr *uint32) (val uint32)
func StoreUint32(addr *uint32, val uint32)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func AddUint32(addr *uint32, delta uint32) (new uint32)

// uint64

func LoadUint64(addr *uint64) (val uint64)
func StoreUint64(addr *uint64, val uint64)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func AddUint64(addr *uint64, delta uint64) (new uint64)

// uintptr

func LoadUintptr(addr *uintptr) (val uintptr)
func StoreUintptr(addr *uintptr, val uintptr)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// unsafe.Pointer (no Add)

func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)
