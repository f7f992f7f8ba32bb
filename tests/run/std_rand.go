// run

// math/rand: Go 1.19's sequences for the default source (seeded with 1),
// for Seed and NewSource with small, zero, negative and large seeds, and
// for every method built on the source (Int63n with powers of two and
// others, Int31n, Intn beyond 1<<31, Float32, Float64, Perm, Shuffle,
// Uint32, Uint64, Read); a Source without Uint64; the panics of bad arguments.
package main

import (
	"fmt"
	"math/rand"
)

// counter is a Source of the program's own: 0, 1<<40, 2<<40, ...
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 1 << 40; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %v\n", name, r)
		}
	}()
	f()
}

func draw(r *rand.Rand) {
	fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
	fmt.Println(r.Int63n(1000), r.Int63n(1<<40), r.Int63n(1<<62+1), r.Int63n(1))
	fmt.Println(r.Int31n(10), r.Int31n(1<<30), r.Int31n(1<<31-1), r.Int31n(1))
	fmt.Println(r.Intn(6), r.Intn(100), r.Intn(1<<31), r.Intn(1<<40+3), r.Intn(1))
	fmt.Println(r.Float64(), r.Float32())
	fmt.Println(r.Perm(0), r.Perm(1), r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	r.Shuffle(0, func(i, j int) { panic("no swap for 0") })
	r.Shuffle(1, func(i, j int) { panic("no swap for 1") })
}

func main() {
	// the default source, never seeded: Go 1.19 seeds it with 1
	for i := 0; i < 5; i++ {
		fmt.Print(rand.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Int())
	fmt.Println(rand.Int63n(77), rand.Int31n(77), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(5))
	x := []int{1, 2, 3, 4, 5, 6}
	rand.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println(x)

	for _, seed := range []int64{1, 0, 42, -1, -7, 1 << 31, 1<<31 - 1, 1<<31 - 2, 89482311, 1<<63 - 1, -1 << 63} {
		rand.Seed(seed)
		fmt.Print("seed ", seed, ": ", rand.Int63(), " ", rand.Intn(1000), " ", rand.Int63(), "\n")
	}

	rand.Seed(1)
	a := rand.Int63()
	r := rand.New(rand.NewSource(1))
	fmt.Println(a == r.Int63())

	r = rand.New(rand.NewSource(2022))
	draw(r)
	r.Seed(2022)
	draw(r)
	r = rand.New(rand.NewSource(-99))
	draw(r)

	// a long run: the generator wraps around its 607 words many times
	r = rand.New(rand.NewSource(7))
	var sum uint64
	for i := 0; i < 100000; i++ {
		sum += r.Uint64()
	}
	fmt.Println(sum, r.Int63())

	src := rand.NewSource(5)
	s64, ok := src.(rand.Source64)
	fmt.Println(ok, s64.Uint64(), src.Int63())

	r = rand.New(&counter{})
	draw(r)

	// Read: seven bytes from each Int63, the rest kept for the next Read
	r = rand.New(rand.NewSource(3))
	b := make([]byte, 5)
	for i := 0; i < 4; i++ {
		n, err := r.Read(b[:i+2])
		fmt.Println(n, err, b[:i+2])
	}
	r.Seed(3)
	n, err := r.Read(b)
	fmt.Println(n, err, b, r.Int63())
	n, err = r.Read(nil)
	fmt.Println(n, err)
	rand.Seed(9)
	rand.Read(b[:3])
	fmt.Println(b[:3])
	rand.Seed(9)
	rand.Read(b)
	fmt.Println(b)
	r = rand.New(&counter{})
	r.Read(b)
	fmt.Println(b)

	try("Intn(0)", func() { rand.Intn(0) })
	try("Intn(-1)", func() { rand.Intn(-1) })
	try("Int31n(0)", func() { rand.Int31n(0) })
	try("Int63n(-5)", func() { rand.Int63n(-5) })
	try("Shuffle(-1)", func() { rand.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { rand.Perm(-1) })
}
