// run

// The order sort.Sort and sort.Slice leave equal elements in, printed in
// full: they are not stable, so that order is the algorithm's (Go 1.19's
// pdqsort) and programs can see it. Keys with many ties, in patterns that
// steer pdqsort down each of its paths: sorted, reversed, sawtooth, organ
// pipe, all equal, a few swapped, and random (a fixed LCG); every length
// from 0 to 210 and some longer ones. Each line is the ids in sorted order
// (or, for the long ones, a checksum of them), and the Less and Swap counts.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type elem struct{ key, id int }

var state uint32 = 2463534242

func rnd() int {
	state ^= state << 13
	state ^= state >> 17
	state ^= state << 5
	return int(state >> 1)
}

func make1(pattern, n int) []elem {
	a := make([]elem, n)
	for i := range a {
		var k int
		switch pattern {
		case 0: // sorted, runs of 3 equal keys
			k = i / 3
		case 1: // reversed, runs of 4
			k = (n - i) / 4
		case 2: // sawtooth of period 7
			k = i % 7
		case 3: // organ pipe
			k = i
			if i > n/2 {
				k = n - i
			}
			k /= 2
		case 4: // all equal
			k = 1
		case 5: // sorted with a few swapped
			k = i / 2
			if rnd()%16 == 0 {
				k = rnd() % (n/2 + 1)
			}
		case 6: // random, few distinct keys
			k = rnd() % 5
		case 7: // random, many distinct keys
			k = rnd() % (n + 1)
		}
		a[i] = elem{k, i}
	}
	return a
}

type counted struct {
	a           []elem
	less, swaps int
}

func (c *counted) Len() int { return len(c.a) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.a[i].key < c.a[j].key
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.a[i], c.a[j] = c.a[j], c.a[i]
}

func ids(a []elem, full bool) string {
	if !full {
		h := uint64(14695981039346656037)
		for _, e := range a {
			h ^= uint64(e.id)
			h *= 1099511628211
		}
		return fmt.Sprintf("#%x", h)
	}
	var b strings.Builder
	for i, e := range a {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprint(&b, e.id)
	}
	return b.String()
}

func main() {
	lengths := []int{}
	for n := 0; n <= 210; n++ {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, 255, 256, 257, 400, 511, 1000, 1500)
	for p := 0; p < 8; p++ {
		for _, n := range lengths {
			a := make1(p, n)
			b := append([]elem(nil), a...)
			calls := 0
			sort.Slice(b, func(i, j int) bool { calls++; return b[i].key < b[j].key })
			c := &counted{a: append([]elem(nil), a...)}
			sort.Sort(c)
			full := n <= 40 || n%53 == 0
			fmt.Printf("p%d n%d slice %d: %s\n", p, n, calls, ids(b, full))
			fmt.Printf("p%d n%d sort %d %d: %s\n", p, n, c.less, c.swaps, ids(c.a, full))
			if n%10 == 3 {
				r := &counted{a: append([]elem(nil), a...)}
				sort.Sort(sort.Reverse(r))
				s := &counted{a: append([]elem(nil), a...)}
				sort.Stable(s)
				fmt.Printf("p%d n%d reverse %d %d: %s\n", p, n, r.less, r.swaps, ids(r.a, full))
				fmt.Printf("p%d n%d stable %d %d: %s\n", p, n, s.less, s.swaps, ids(s.a, full))
			}
		}
	}
}
