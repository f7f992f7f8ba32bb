// Binary search. Search and Find call back into the program, so which
// indices they probe is observable: both halve [lo, hi) at the unsigned
// mean, keeping the half where the answer lies, as Go's do. The typed
// searches have no callback and simply run the same loop on the slice.

package sort

// Search returns the first i in [0, n) for which f(i) is true, given that
// f is false and then true over that range; n if f is never true.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if f(m) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// Find returns the first i in [0, n) with cmp(i) <= 0 (n if none), given
// that cmp is positive and then not over that range, and whether cmp(i)
// is 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cmp(m) <= 0 {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo < n && cmp(lo) == 0 {
		return lo, true
	}
	return lo, false
}

// SearchInts returns the index of the first element of the sorted a that
// is not less than x: where x is, or would be inserted.
func SearchInts(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// SearchFloat64s is SearchInts for float64s (a NaN x is never reached, so
// the answer is then len(a)).
func SearchFloat64s(a []float64, x float64) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] >= x {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// SearchStrings is SearchInts for strings.
func SearchStrings(a []string, x string) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
