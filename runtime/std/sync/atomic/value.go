// gosub's sync/atomic, part three: Value. Go has to guard a Value's first
// store against other threads; gosub runs goroutines on one thread and
// never switches inside these methods, so a Value is simply an `any` plus
// the rule that every value put in it has the same dynamic type. The
// panic messages are Go 1.19's.

package atomic

import "unsafe"

// Value holds a value of one dynamic type, fixed by the first Store, Swap
// or CompareAndSwap. An empty Value (its zero value) loads as nil.
type Value struct {
	v any
}

// typeWord returns the type half of an interface value (nil for nil);
// two values have the same dynamic type when their type words are equal.
func typeWord(x any) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&x))
}

// Load returns the value last stored, or nil if the Value is empty.
func (v *Value) Load() (val any) {
	return v.v
}

// Store sets the value to val. It panics if val is nil or if its dynamic
// type differs from that of the value already held.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && typeWord(v.v) != typeWord(val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

// Swap sets the value to new and returns the one it replaced (nil if the
// Value was empty). It panics as Store does.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && typeWord(v.v) != typeWord(new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap sets the value to new if the value held equals old (an
// empty Value equals only a nil old), reporting whether it did. It panics
// if new is nil, if old is not nil and its dynamic type differs from new's,
// or if new's dynamic type differs from that of the value held.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeWord(old) != typeWord(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if typeWord(v.v) != typeWord(new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
