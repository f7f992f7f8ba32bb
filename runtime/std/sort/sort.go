// Package sort sorts slices and any collection that can compare and swap
// its elements by index, and searches sorted ones.
//
// This file holds the entry points; the algorithms are in pdqsort.go, and
// what Slice needs from reflection (the length of a slice held in an any,
// swapping two of its elements) is C, in runtime/std_sort.c. Sort and
// Slice are not stable, and the order they leave equal elements in is
// Go 1.19's (see pdqsort.go).
package sort

type (
	// Interface is what Sort, Stable and IsSorted need of a collection:
	// its length, an ordering of two elements by index, and a swap.
	Interface interface {
		Len() int
		Less(i, j int) bool
		Swap(i, j int)
	}

	// IntSlice sorts a []int in increasing order.
	IntSlice []int
	// Float64Slice sorts a []float64 in increasing order, NaNs first.
	Float64Slice []float64
	// StringSlice sorts a []string in increasing byte-wise order.
	StringSlice []string
)

// bitLen is the number of significant bits in x: quickLoop's allowance of
// bad partitions.
func bitLen(x uint) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

// Sort sorts data (not stably): one call of Len, then O(n log n) of Less
// and Swap.
func Sort(data Interface) {
	n := data.Len()
	if n > 1 {
		quickLoop(data, 0, n, bitLen(uint(n)))
	}
}

// Stable sorts data, keeping equal elements in their original order.
func Stable(data Interface) {
	stableSort(data, data.Len())
}

// IsSorted reports whether no element of data is less than the one before
// it, checking from the end.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reverse is what Reverse returns: data with Less's arguments exchanged.
// (Its name, and the embedded field, show in %T and %+v, as in Go.)
type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data ordered the other way round.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in place.
func (x IntSlice) Sort() { Sort(x) }

// Search returns SearchInts(p, x).
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaN before every other value (a NaN is the one value not
// equal to itself).
func (x Float64Slice) Less(i, j int) bool {
	a, b := x[i], x[j]
	if a != a {
		return b == b
	}
	return a < b
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x in place.
func (x Float64Slice) Sort() { Sort(x) }

// Search returns SearchFloat64s(p, x).
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in place.
func (x StringSlice) Sort() { Sort(x) }

// Search returns SearchStrings(p, x).
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts x in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts x in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// The C side of Slice (runtime/std_sort.c). Go's Slice functions hand x
// to reflect.ValueOf, which lets it escape: so do these.
//
//gosub:escape x=heap
func sliceLen(x any) int // len of the slice in x; panics as reflect does if none
//gosub:escape x=heap
func checkSwapper(x any) // panics as reflect.Swapper does if x holds no slice (x leaks, as in Go)
//go:noescape
func swapElems(x any, i, j int) // swaps elements i and j of the slice in x

// lessSwap is the collection Slice and SliceStable sort: a plain value
// rather than an Interface, so that less does not escape. zsortfunc.go,
// which the Makefile makes from pdqsort.go, runs the algorithms on it.
type lessSwap struct {
	x    any
	less func(i, j int) bool
}

func (s lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s lessSwap) Swap(i, j int)      { swapElems(s.x, i, j) }

// Slice sorts the slice x by less (not stably). It panics if x is not a
// slice.
func Slice(x any, less func(i, j int) bool) {
	checkSwapper(x)
	n := sliceLen(x)
	quickLoop_func(lessSwap{x, less}, 0, n, bitLen(uint(n)))
}

// SliceStable sorts the slice x by less, keeping equal elements in their
// original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	checkSwapper(x)
	stableSort_func(lessSwap{x, less}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted by less. It panics
// if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
