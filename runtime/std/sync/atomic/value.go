// sync/atomic's Value. Go must make a Value's first store safe against
// other threads; gosub runs every goroutine on one thread and never
// switches inside these methods, so a Value is an `any` plus one rule:
// whatever is stored must have the dynamic type of the first value stored.
// The panic messages are Go 1.19's.

package atomic

import "unsafe"

// Value holds values of one dynamic type, fixed by the first Store, Swap or
// CompareAndSwap; its zero value is empty and loads as nil.
type Value struct {
	v any
}

// heldType is the type word of the value held (nil while empty). It is
// read with LoadPointer, whose address argument leaks as in Go's assembly:
// that makes every method's receiver leak, which is what gc reports for
// Go's Value (a local Value whose methods are called moves to the heap).
func (v *Value) heldType() unsafe.Pointer {
	return LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&v.v)))
}

// typeOf is the type word of x (nil for nil): an interface value's first
// word.
func typeOf(x any) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&x))
}

// mustHold panics, in the words of the operation op, if x is nil: a
// Value never holds nil.
func mustHold(op string, x any) {
	if x == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
}

// mustMatch panics, in the words of the operation op, if x's dynamic type
// is not t, the type of what the Value holds (nil: anything goes).
func mustMatch(op string, t unsafe.Pointer, x any) {
	if t != nil && t != typeOf(x) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Load returns the value held, or nil if v is empty.
func (v *Value) Load() (val any) {
	if v.heldType() == nil {
		return nil
	}
	return v.v
}

// Store puts val in v. It panics if val is nil or of another dynamic type
// than the values v has held.
func (v *Value) Store(val any) {
	mustHold("store", val)
	mustMatch("store", v.heldType(), val)
	v.v = val
}

// Swap puts new in v and returns the value it held (nil if empty). It
// panics as Store does.
func (v *Value) Swap(new any) (old any) {
	mustHold("swap", new)
	mustMatch("swap", v.heldType(), new)
	old, v.v = v.v, new
	return old
}

// CompareAndSwap puts new in v if v holds a value equal to old (an empty
// v counting as holding nil), and reports whether it did. It panics if new
// is nil, if old is neither nil nor of new's type, or if new is not of the
// type v holds; comparing values of an uncomparable type panics as == does.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	mustHold("compare and swap", new)
	if old != nil && typeOf(old) != typeOf(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	t := v.heldType()
	if t == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	mustMatch("compare and swap", t, new)
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
