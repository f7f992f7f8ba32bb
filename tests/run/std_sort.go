// run

// sort: Ints, Strings, Float64s (NaN, -0, Inf), Sort, Stable, Slice,
// SliceStable, Reverse, the IsSorted family, Search and Find; and, since
// Sort and Slice are not stable, the order of equal elements they leave and
// the number of Less and Swap calls they make, on many inputs with ties
// (sorted, reversed, nearly sorted, organ pipes, few distinct keys, an
// inconsistent comparator that drives pdqsort into heapsort).
package main

import (
	"fmt"
	"math"
	"sort"
)

var seed uint32 = 12345

func next() int {
	seed = seed*1664525 + 1013904223
	return int(seed >> 8)
}

type item struct {
	key, id int
}

type counting struct {
	a           []item
	less, swaps int
}

func (c *counting) Len() int { return len(c.a) }
func (c *counting) Less(i, j int) bool {
	c.less++
	return c.a[i].key < c.a[j].key
}
func (c *counting) Swap(i, j int) {
	c.swaps++
	c.a[i], c.a[j] = c.a[j], c.a[i]
}

func gen(n, pattern, distinct int) []item {
	a := make([]item, n)
	for i := range a {
		k := 0
		switch pattern {
		case 0:
			k = next() % distinct
		case 1:
			k = i / (1 + distinct/10)
		case 2:
			k = (n - i) / (1 + distinct/10)
		case 3:
			k = i
			if next()%20 == 0 {
				k = next() % n
			}
		case 4:
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case 5:
			k = i % (distinct + 1)
		case 6:
			k = 7
		case 7:
			k = (i * 7919) % (distinct + 3)
		}
		a[i] = item{k, i}
	}
	return a
}

func hash(a []item) int {
	h := 0
	for _, x := range a {
		h = h*1000003 + x.id
		h ^= h >> 29
	}
	return h
}

func ties() {
	sizes := []int{0, 1, 2, 3, 5, 8, 11, 12, 13, 14, 20, 33, 49, 50, 51, 64, 100, 127, 200, 500, 1000, 3000}
	for t := 0; t < 250; t++ {
		n := sizes[t%len(sizes)]
		if t >= len(sizes)*4 {
			n = next() % 2000
		}
		pattern := (t / len(sizes)) % 8
		distinct := 1 + next()%50
		if next()%3 == 0 {
			distinct = 1 + next()%5000
		}
		a := gen(n, pattern, distinct)
		b := append([]item(nil), a...)
		c := &counting{a: append([]item(nil), a...)}
		d := append([]item(nil), a...)
		e := &counting{a: append([]item(nil), a...)}
		r := &counting{a: append([]item(nil), a...)}
		sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		sort.Sort(c)
		sort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })
		sort.Stable(e)
		sort.Sort(sort.Reverse(r))
		cl, cs, el, es, rl, rs := c.less, c.swaps, e.less, e.swaps, r.less, r.swaps
		ok1 := sort.SliceIsSorted(b, func(i, j int) bool { return b[i].key < b[j].key })
		ok2 := sort.IsSorted(c)
		ok3 := sort.IsSorted(sort.Reverse(r))
		fmt.Println(t, n, pattern, distinct, hash(b), hash(c.a), cl, cs, hash(d), hash(e.a), el, es,
			hash(r.a), rl, rs, ok1, ok2, ok3)
		if n <= 14 && t < 60 {
			fmt.Println(" ", b)
		}
	}
}

// odd is an inconsistent comparator: f picks one of several.
func odd(f, i, j, n int) bool {
	switch f {
	case 0:
		return i > j
	case 1:
		return (i+j)%3 == 0
	case 2:
		return j < n/2 && i > j
	case 3:
		return i%2 == 1
	case 4:
		return j%5 == 0
	case 5:
		return next()%7 != 0
	}
	return next()%3 == 0
}

func chaos() {
	for f := 0; f < 7; f++ {
		for _, n := range []int{30, 100, 777, 4000} {
			a := make([]int, n)
			for i := range a {
				a[i] = i
			}
			calls := 0
			sort.Slice(a, func(i, j int) bool { calls++; return odd(f, i, j, n) })
			h := 0
			for _, x := range a {
				h = h*31 + x
			}
			b := make([]int, n)
			for i := range b {
				b[i] = i
			}
			sort.SliceStable(b, func(i, j int) bool { calls++; return odd(f, i, j, n) })
			for _, x := range b {
				h = h*31 + x
			}
			fmt.Println("chaos", f, n, calls, h)
		}
	}
}

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func basics() {
	ints := []int{5, 2, 6, 3, 1, 4, -7, 0, 2, 2, 9, -1}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 2), sort.SearchInts(ints, 8), sort.SearchInts(ints, 100))
	strs := []string{"peach", "banana", "kiwi", "", "Banana", "apple", "äpfel", "kiwi"}
	sort.Strings(strs)
	fmt.Printf("%q %v %d %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "kiwi"), sort.SearchStrings(strs, "z"))
	zero := 0.0
	fl := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, -zero, math.Inf(-1), 2.25, math.NaN(), -1}
	fmt.Println(sort.Float64sAreSorted(fl))
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 2), sort.SearchFloat64s(fl, 0))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q\n", strs)
	sort.Sort(sort.Reverse(sort.Float64Slice(fl)))
	fmt.Println(fl)
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fs := sort.Float64Slice{2.5, -1, 0}
	fs.Sort()
	fmt.Println(is, is.Search(2), ss, ss.Search("b"), fs, fs.Search(0), is.Len(), ss.Less(0, 1), fs.Less(1, 0))

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30},
		{"Grace", 25}, {"Heidi", 30}, {"Ivan", 35}, {"Judy", 25}, {"Mallory", 30}, {"Niaj", 25}, {"Olivia", 30},
		{"Peggy", 35}, {"Rupert", 25}, {"Sybil", 30}, {"Trent", 35}, {"Victor", 25}, {"Walter", 30}}
	p1 := append([]person(nil), people...)
	sort.Sort(byAge(p1))
	fmt.Println(p1)
	p2 := append([]person(nil), people...)
	sort.Stable(byAge(p2))
	fmt.Println(p2)
	p3 := append([]person(nil), people...)
	sort.Slice(p3, func(i, j int) bool { return p3[i].age > p3[j].age })
	fmt.Println(p3)
	p4 := append([]person(nil), people...)
	sort.SliceStable(p4, func(i, j int) bool { return p4[i].age > p4[j].age })
	fmt.Println(p4)
	sort.Slice(p4, func(i, j int) bool {
		if p4[i].age != p4[j].age {
			return p4[i].age < p4[j].age
		}
		return p4[i].name > p4[j].name
	})
	fmt.Println(p4)

	words := []string{"b", "a", "c"}
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	empty := []int{}
	sort.Slice(empty, func(i, j int) bool { return false })
	var nilSlice []string
	sort.Strings(nilSlice)
	sort.Slice(nilSlice, func(i, j int) bool { return false })
	one := []int{1}
	sort.Slice(one, func(i, j int) bool { return true })
	fmt.Println(words, empty, nilSlice == nil, one, sort.SliceIsSorted(nilSlice, func(i, j int) bool { return true }))
	bytes := []byte("hello, world")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	big := [][3]string{{"x", "1", "a"}, {"a", "2", "b"}, {"m", "3", "c"}, {"a", "4", "d"}}
	sort.SliceStable(big, func(i, j int) bool { return big[i][0] < big[j][0] })
	fmt.Println(string(bytes), big)

	for _, x := range []int{-1, 0, 5, 9, 10, 11} {
		i := sort.Search(10, func(k int) bool { return k*k >= x*x && k >= x })
		j, found := sort.Find(10, func(k int) int { return x - k })
		fmt.Print(i, j, found, " ")
	}
	fmt.Println(sort.Search(0, func(int) bool { return true }))
}

func panics() {
	for _, x := range []any{42, "str", nil, map[int]int{}, [2]int{}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			sort.Slice(x, func(i, j int) bool { return false })
		}()
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			sort.SliceIsSorted(x, func(i, j int) bool { return false })
		}()
	}
}

func main() {
	basics()
	ties()
	chaos()
	panics()
}
