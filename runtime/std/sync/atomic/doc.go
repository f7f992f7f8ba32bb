// gosub's sync/atomic, part one: the functions on plain variables. Each is
// declared here without a body; its C body is in runtime/std_atomic.c
// (gosub_sync_atomic_<Name>). Goroutines share one thread and only switch
// at defined points, so those bodies are ordinary loads and stores.
//
// The declarations carry no //go:noescape: escape analysis then treats
// addr as leaking, which is what gc reports for Go's assembly versions.

// Package atomic offers operations on integers and pointers that complete
// as a single step, and the types Bool, Int32, Int64, Uint32, Uint64,
// Uintptr and Value built on them.
package atomic

import "unsafe"

// Swap<T> writes new to *addr and returns what was there before.

func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

// CompareAndSwap<T> writes new to *addr only if *addr equals old, and
// reports whether it did.

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

// Add<T> adds delta to *addr, wrapping on overflow, and returns the sum.
// For the unsigned kinds, adding ^T(c-1) subtracts c.

func AddInt32(addr *int32, delta int32) (new int32)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// Load<T> returns *addr.

func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

// Store<T> sets *addr to val.

func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
