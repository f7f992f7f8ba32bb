// gosub's sync/atomic, part two: the wrapper types of Go 1.19. Each holds
// one word and forwards its methods to the functions of doc.go. Their zero
// values are ready to use (false or 0).

package atomic

// Bool is a bool accessed atomically, kept as 0 or 1 in a uint32.
type Bool struct{ v uint32 }

func boolWord(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Load returns the current value.
func (b *Bool) Load() bool { return LoadUint32(&b.v) == 1 }

// Store sets the value to val.
func (b *Bool) Store(val bool) { StoreUint32(&b.v, boolWord(val)) }

// Swap sets the value to new and returns the one it replaced.
func (b *Bool) Swap(new bool) (old bool) { return SwapUint32(&b.v, boolWord(new)) == 1 }

// CompareAndSwap sets the value to new if it is old, reporting whether it did.
func (b *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&b.v, boolWord(old), boolWord(new))
}

// Int32 is an int32 accessed atomically.
type Int32 struct{ v int32 }

// Load returns the current value.
func (n *Int32) Load() int32 { return LoadInt32(&n.v) }

// Store sets the value to val.
func (n *Int32) Store(val int32) { StoreInt32(&n.v, val) }

// Swap sets the value to new and returns the one it replaced.
func (n *Int32) Swap(new int32) (old int32) { return SwapInt32(&n.v, new) }

// CompareAndSwap sets the value to new if it is old, reporting whether it did.
func (n *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&n.v, old, new)
}

// Add adds delta and returns the result.
func (n *Int32) Add(delta int32) (new int32) { return AddInt32(&n.v, delta) }

// Int64 is an int64 accessed atomically.
type Int64 struct{ v int64 }

// Load returns the current value.
func (n *Int64) Load() int64 { return LoadInt64(&n.v) }

// Store sets the value to val.
func (n *Int64) Store(val int64) { StoreInt64(&n.v, val) }

// Swap sets the value to new and returns the one it replaced.
func (n *Int64) Swap(new int64) (old int64) { return SwapInt64(&n.v, new) }

// CompareAndSwap sets the value to new if it is old, reporting whether it did.
func (n *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&n.v, old, new)
}

// Add adds delta and returns the result.
func (n *Int64) Add(delta int64) (new int64) { return AddInt64(&n.v, delta) }

// Uint32 is a uint32 accessed atomically.
type Uint32 struct{ v uint32 }

// Load returns the current value.
func (n *Uint32) Load() uint32 { return LoadUint32(&n.v) }

// Store sets the value to val.
func (n *Uint32) Store(val uint32) { StoreUint32(&n.v, val) }

// Swap sets the value to new and returns the one it replaced.
func (n *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&n.v, new) }

// CompareAndSwap sets the value to new if it is old, reporting whether it did.
func (n *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&n.v, old, new)
}

// Add adds delta and returns the result.
func (n *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&n.v, delta) }

// Uint64 is a uint64 accessed atomically.
type Uint64 struct{ v uint64 }

// Load returns the current value.
func (n *Uint64) Load() uint64 { return LoadUint64(&n.v) }

// Store sets the value to val.
func (n *Uint64) Store(val uint64) { StoreUint64(&n.v, val) }

// Swap sets the value to new and returns the one it replaced.
func (n *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&n.v, new) }

// CompareAndSwap sets the value to new if it is old, reporting whether it did.
func (n *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&n.v, old, new)
}

// Add adds delta and returns the result.
func (n *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&n.v, delta) }

// Uintptr is a uintptr accessed atomically.
type Uintptr struct{ v uintptr }

// Load returns the current value.
func (n *Uintptr) Load() uintptr { return LoadUintptr(&n.v) }

// Store sets the value to val.
func (n *Uintptr) Store(val uintptr) { StoreUintptr(&n.v, val) }

// Swap sets the value to new and returns the one it replaced.
func (n *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&n.v, new) }

// CompareAndSwap sets the value to new if it is old, reporting whether it did.
func (n *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&n.v, old, new)
}

// Add adds delta and returns the result.
func (n *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&n.v, delta) }
