// The unstable sort behind Sort (and, through the copy the Makefile makes of
// every function here whose first parameter is `data Interface`, behind
// Slice), and the stable one behind Stable. Equal elements come out of an
// unstable sort in an order only the algorithm decides, and programs print
// that order; so this is pattern-defeating quicksort (Orson Peters,
// arXiv:2106.05123) as Go 1.19 runs it, making Go's calls to Less and Swap
// in Go's order, and Stable is Go's: insertion-sorted runs of 20, merged
// pairwise by SymMerge (Kim and Kutzner, 2004). The arithmetic deciding
// which indices get compared is therefore fixed; the code around it is ours.
// Hands sort.go quickLoop and stableSort (and their _func copies).

package sort

// What pickPivot learnt about the range from its samples.
const (
	mixedRun      = iota // some samples out of order
	ascendingRun         // every sample in order: the range may be sorted
	descendingRun        // every sample reversed: the range may be reversed
)

const (
	smallRange = 12 // at most this long: straight insertion
	nintherMin = 50 // at least this long: the pivot is a median of medians
	stableRun  = 20 // Stable insertion-sorts runs this long, then merges
)

// straightInsert sorts data[lo:hi] by insertion.
func straightInsert(data Interface, lo, hi int) {
	for next := lo + 1; next < hi; next++ {
		k := next
		for k > lo && data.Less(k, k-1) {
			data.Swap(k, k-1)
			k--
		}
	}
}

// sink moves data[at] down the heap that occupies data[base:end] (children
// of node i at 2i+1 and 2i+2, counted from base) until neither child is
// larger.
func sink(data Interface, base, at, end int) {
	for {
		kid := 2*at - base + 1
		if kid >= end {
			return
		}
		if right := kid + 1; right < end && data.Less(kid, right) {
			kid = right
		}
		if !data.Less(at, kid) {
			return
		}
		data.Swap(at, kid)
		at = kid
	}
}

// heapFallback sorts data[lo:hi] by heapsort: quicksort's way out when its
// pivots keep going wrong. The last round swaps data[lo] with itself, as
// Go's does.
func heapFallback(data Interface, lo, hi int) {
	for top := lo + (hi-lo-1)/2; top >= lo; top-- {
		sink(data, lo, top, hi)
	}
	for end := hi - 1; end >= lo; end-- {
		data.Swap(lo, end)
		sink(data, lo, lo, end)
	}
}

// quickLoop sorts data[lo:hi]. It recurses into the smaller side of each
// partition and loops on the larger; each unbalanced partition costs one of
// badLeft, and when none is left the range is heapsorted.
func quickLoop(data Interface, lo, hi, badLeft int) {
	balanced, untouched := true, true // what the previous partition was like
	for {
		size := hi - lo
		if size <= smallRange {
			straightInsert(data, lo, hi)
			return
		}
		if badLeft == 0 {
			heapFallback(data, lo, hi)
			return
		}
		if !balanced {
			scramble(data, lo, hi)
			badLeft--
		}

		pivot, trend := pickPivot(data, lo, hi)
		if trend == descendingRun {
			flip(data, lo, hi)
			pivot = lo + hi - 1 - pivot // it moved with the range
			trend = ascendingRun
		}
		if trend == ascendingRun && balanced && untouched && nearlySorted(data, lo, hi) {
			return
		}

		// The element just before the range was an earlier pivot, and no
		// element here is less than it. If this pivot is not greater
		// either, the range is full of copies of one value: set them
		// aside in one pass instead of partitioning around them forever.
		if lo > 0 && !data.Less(lo-1, pivot) {
			lo = gatherEqual(data, lo, hi, pivot)
			continue
		}

		cut, clean := splitAround(data, lo, hi, pivot)
		untouched = clean
		if cut-lo < hi-cut {
			balanced = cut-lo >= size/8
			quickLoop(data, lo, cut, badLeft)
			lo = cut + 1
		} else {
			balanced = hi-cut >= size/8
			quickLoop(data, cut+1, hi, badLeft)
			hi = cut
		}
	}
}

// splitAround parks the pivot at data[lo], moves the elements less than it
// to the front of data[lo+1:hi] and the rest to the back, with swaps between
// the two scans, and puts the pivot between the parts. It returns where the
// pivot ended, and whether the scans found nothing to swap.
func splitAround(data Interface, lo, hi, pivot int) (int, bool) {
	data.Swap(lo, pivot)
	l, r := lo+1, hi-1 // data[l:r+1] is still unsorted
	clean := true
	for {
		for l <= r && data.Less(l, lo) {
			l++
		}
		for l <= r && !data.Less(r, lo) {
			r--
		}
		if l > r {
			break
		}
		data.Swap(l, r)
		clean = false
		l, r = l+1, r-1
	}
	data.Swap(r, lo)
	return r, clean
}

// gatherEqual parks the pivot at data[lo] and moves every element not
// greater than it (all are equal to it here) to the front; it returns where
// the greater ones begin.
func gatherEqual(data Interface, lo, hi, pivot int) int {
	data.Swap(lo, pivot)
	l, r := lo+1, hi-1
	for {
		for l <= r && !data.Less(lo, l) {
			l++
		}
		for l <= r && data.Less(lo, r) {
			r--
		}
		if l > r {
			return l
		}
		data.Swap(l, r)
		l, r = l+1, r-1
	}
}

// nearlySorted finishes a range that looks sorted if at most five adjacent
// pairs are out of order, fixing each by moving its two elements to their
// places; it reports whether the range is now sorted. Below 50 elements it
// only checks. The leftward walk runs down to index 1 rather than to lo+1:
// that is where Go's stops, and it decides where equal elements go.
func nearlySorted(data Interface, lo, hi int) bool {
	at := lo + 1
	for fixes := 0; fixes < 5; fixes++ {
		for at < hi && !data.Less(at, at-1) {
			at++
		}
		if at == hi {
			return true
		}
		if hi-lo < 50 {
			return false
		}
		data.Swap(at, at-1)
		if at > lo+1 {
			for k := at - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		for k := at + 1; k < hi && data.Less(k, k-1); k++ {
			data.Swap(k, k-1)
		}
	}
	return false
}

// scramble swaps the three elements around the middle of data[lo:hi] with
// others chosen by a xorshift generator seeded with the length: unbalanced
// partitions usually come from a pattern in the input, and this breaks it
// while staying deterministic.
func scramble(data Interface, lo, hi int) {
	size := hi - lo
	if size < 8 {
		return
	}
	state := uint64(size)
	span := uint(1) << uint(bitLen(uint(size))) // a power of two above size
	first := lo + size/4*2 - 1
	for k := 0; k < 3; k++ {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		pick := int(uint(state) & (span - 1))
		if pick >= size {
			pick -= size
		}
		data.Swap(first+k, lo+pick)
	}
}

// pickPivot returns a pivot index for data[lo:hi]: from three samples at
// the quarter points the middle one below 8 elements, their median from 8,
// and from 50 the median of the medians of each sample and its two
// neighbours. It also says whether the comparisons found the samples all in
// order, all reversed, or mixed.
func pickPivot(data Interface, lo, hi int) (int, int) {
	size := hi - lo
	q := size / 4
	x, y, z := lo+q, lo+2*q, lo+3*q
	flips := 0
	if size >= 8 {
		if size >= nintherMin {
			var f1, f2, f3 int
			x, f1 = mid3(data, x-1, x, x+1)
			y, f2 = mid3(data, y-1, y, y+1)
			z, f3 = mid3(data, z-1, z, z+1)
			flips = f1 + f2 + f3
		}
		var f int
		y, f = mid3(data, x, y, z)
		flips += f
	}
	switch flips {
	case 0:
		return y, ascendingRun
	case 12: // every exchange of a ninther and its median
		return y, descendingRun
	}
	return y, mixedRun
}

// mid3 returns which of the indices a, b, c holds the median, by three
// compare-and-exchanges, and how many of them exchanged.
func mid3(data Interface, a, b, c int) (int, int) {
	n := 0
	if data.Less(b, a) {
		a, b = b, a
		n++
	}
	if data.Less(c, b) {
		b, c = c, b
		n++
	}
	if data.Less(b, a) {
		a, b = b, a
		n++
	}
	return b, n
}

// flip reverses data[lo:hi].
func flip(data Interface, lo, hi int) {
	for l, r := lo, hi-1; l < r; l, r = l+1, r-1 {
		data.Swap(l, r)
	}
}

// stableSort sorts data[0:n], keeping equal elements in order: runs
// sorted by insertion, then merged in pairs of doubling width.
func stableSort(data Interface, n int) {
	start := 0
	for ; start+stableRun <= n; start += stableRun {
		straightInsert(data, start, start+stableRun)
	}
	straightInsert(data, start, n)
	for width := stableRun; width < n; width *= 2 {
		left := 0
		for ; left+2*width <= n; left += 2 * width {
			mergeInPlace(data, left, left+width, left+2*width)
		}
		if left+width < n {
			mergeInPlace(data, left, left+width, n)
		}
	}
}

// mergeInPlace merges the sorted data[lo:mid] and data[mid:hi], stably and
// without a buffer: it finds how far the two sides must trade places
// around the middle, rotates that much, and merges the two halves that
// result. A side of one element is placed by binary search instead.
func mergeInPlace(data Interface, lo, mid, hi int) {
	if mid-lo == 1 {
		// data[lo] goes after every element less than it.
		l, r := mid, hi
		for l < r {
			h := int(uint(l+r) >> 1)
			if data.Less(h, lo) {
				l = h + 1
			} else {
				r = h
			}
		}
		for k := lo; k+1 < l; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if hi-mid == 1 {
		// data[mid] goes before every element greater than it.
		l, r := lo, mid
		for l < r {
			h := int(uint(l+r) >> 1)
			if data.Less(mid, h) {
				r = h
			} else {
				l = h + 1
			}
		}
		for k := mid; k > l; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	half := int(uint(lo+hi) >> 1)
	sum := half + mid
	l, r := lo, mid
	if mid > half {
		l, r = sum-hi, half
	}
	for l < r {
		h := int(uint(l+r) >> 1)
		if data.Less(sum-1-h, h) {
			r = h
		} else {
			l = h + 1
		}
	}
	from, to := l, sum-l
	if from < mid && mid < to {
		rotateBlocks(data, from, mid, to)
	}
	if lo < from && from < half {
		mergeInPlace(data, lo, from, half)
	}
	if half < to && to < hi {
		mergeInPlace(data, half, to, hi)
	}
}

// swapBlocks exchanges data[a:a+n] with data[b:b+n].
func swapBlocks(data Interface, a, b, n int) {
	for k := 0; k < n; k++ {
		data.Swap(a+k, b+k)
	}
}

// rotateBlocks turns data[lo:mid] data[mid:hi] into data[mid:hi]
// data[lo:mid] by swapping equal-length blocks, the shorter side against
// the nearer end of the longer, until the two sides are the same length.
func rotateBlocks(data Interface, lo, mid, hi int) {
	left, right := mid-lo, hi-mid
	for left != right {
		if left > right {
			swapBlocks(data, mid-left, mid, right)
			left -= right
		} else {
			swapBlocks(data, mid-left, mid+right-left, left)
			right -= left
		}
	}
	swapBlocks(data, mid-left, mid, left)
}
