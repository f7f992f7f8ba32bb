// Package sort provides primitives for sorting slices and user-defined
// collections.
//
// Sort and Slice are not stable: elements that compare equal end up in an
// order that depends on the algorithm. Programs print that order, so this is
// Go 1.19's algorithm, pattern-defeating quicksort, making the same
// comparisons and swaps in the same order (insertion sort below 13
// elements, ninther pivots from 50, the same deterministic pattern breaking
// and heapsort fallback), and Stable is Go's insertion-sorted blocks merged
// with SymMerge.
package sort

// An implementation of Interface can be sorted by the routines in this
// package. The methods refer to elements of the underlying collection by
// integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// bitLen is the number of bits needed to represent x (math/bits.Len).
func bitLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// Sort sorts data in ascending order as determined by the Less method. It
// makes one call to data.Len to determine n and O(n*log(n)) calls to
// data.Less and data.Swap. The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(uint(n)))
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// reverse is Reverse's Interface: data with Less turned around.
type reverse struct {
	data Interface
}

func (r *reverse) Len() int           { return r.data.Len() }
func (r *reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r *reverse) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// IntSlice attaches the methods of Interface to []int, sorting in
// increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice implements Interface for a []float64, sorting in increasing
// order, with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j]: NaNs first.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order. Not-a-number
// (NaN) values are ordered before other values.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// What Go's sort.Slice gets from reflection, in C (std_sort.c).
//
//go:noescape
func sliceLen(x any) int        // len of the slice in x; panics as reflect does if none
//gosub:escape x=heap
func checkSwapper(x any)        // panics as reflect.Swapper does if x holds no slice (x leaks, as in Go)
//go:noescape
func swapElems(x any, i, j int) // swaps elements i and j of the slice in x

// lessSwap sorts the slice in x with a less function, for Slice: a value,
// not an Interface, so that less does not escape (zsortfunc.go, made by the
// Makefile from pdqsort.go, runs the algorithms on it).
type lessSwap struct {
	x    any
	less func(i, j int) bool
}

func (s lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s lessSwap) Swap(i, j int)      { swapElems(s.x, i, j) }

// Slice sorts the slice x given the provided less function. It panics if x
// is not a slice. The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
func Slice(x any, less func(i, j int) bool) {
	checkSwapper(x)
	n := sliceLen(x)
	pdqsort_func(lessSwap{x, less}, 0, n, bitLen(uint(n)))
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	checkSwapper(x)
	n := sliceLen(x)
	stable_func(lessSwap{x, less}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
