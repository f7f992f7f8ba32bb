// run

// Package hash/maphash: hashes are random per seed, so this prints only what
// Go guarantees: the same seed and the same bytes give the same hash,
// however they are written (Write, WriteString, WriteByte, in pieces of any
// size, across the 128-byte buffer); Reset starts over with the same seed;
// the zero Hash is usable and picks a seed; SetSeed, Seed, Sum, Size,
// BlockSize; Bytes and String agree with Hash; different seeds differ; and
// the uninitialized Seed panics.
package main

import (
	"fmt"
	"hash/maphash"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

// data returns n bytes that are not all alike.
func data(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + i/13)
	}
	return b
}

// pieces hashes b with seed, writing it in pieces of the given size, by
// turns with Write, WriteString and WriteByte.
func pieces(seed maphash.Seed, b []byte, size int) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	for k := 0; len(b) > 0; k++ {
		n := size
		if n > len(b) {
			n = len(b)
		}
		switch k % 3 {
		case 0:
			h.Write(b[:n])
		case 1:
			h.WriteString(string(b[:n]))
		default:
			for _, c := range b[:n] {
				h.WriteByte(c)
			}
		}
		b = b[n:]
	}
	return h.Sum64()
}

func main() {
	seed := maphash.MakeSeed()
	other := maphash.MakeSeed()
	fmt.Println("seeds differ:", seed != other)

	for _, n := range []int{0, 1, 7, 8, 9, 16, 100, 127, 128, 129, 255, 256, 257, 1000} {
		b := data(n)
		want := maphash.Bytes(seed, b)
		same := maphash.String(seed, string(b)) == want
		for _, size := range []int{1, 3, 8, 64, 127, 128, 129, 500} {
			same = same && pieces(seed, b, size) == want
		}
		var h maphash.Hash
		h.SetSeed(seed)
		h.Write(b)
		same = same && h.Sum64() == want && h.Sum64() == want
		differs := n == 0 || maphash.Bytes(other, b) != want
		fmt.Println(n, "same:", same, "other seed differs:", differs)
	}

	// the zero Hash picks a seed when first used, and keeps it
	var z maphash.Hash
	z.WriteString("hello, world")
	s1 := z.Sum64()
	fmt.Println("zero Hash:", s1 == maphash.String(z.Seed(), "hello, world"), s1 == z.Sum64())
	z.Reset()
	fmt.Println("after Reset:", z.Sum64() == maphash.String(z.Seed(), ""))
	z.WriteString("hello, ")
	z.Write([]byte("world"))
	fmt.Println("written again:", z.Sum64() == s1)

	var z2 maphash.Hash
	fmt.Println("another zero Hash differs:", z2.Seed() != z.Seed())

	// SetSeed drops what was written
	var h maphash.Hash
	h.WriteString("something")
	h.SetSeed(seed)
	h.WriteString("abc")
	fmt.Println("SetSeed:", h.Sum64() == maphash.String(seed, "abc"), h.Seed() == seed)

	// Sum appends the hash's 8 bytes, little-endian
	sum := h.Sum([]byte{0xff})
	var x uint64
	for i := 8; i >= 1; i-- {
		x = x<<8 | uint64(sum[i])
	}
	fmt.Println("Sum:", len(sum), sum[0], x == h.Sum64())
	fmt.Println("Size:", h.Size(), "BlockSize:", h.BlockSize())

	// a Hash in a heap object, handed around as a pointer
	type table struct {
		h    maphash.Hash
		name string
	}
	t := &table{name: "t"}
	t.h.SetSeed(other)
	b300 := make([]byte, 300)
	for i := range b300 {
		b300[i] = byte(i)
		t.h.WriteByte(byte(i))
	}
	fmt.Println("heap Hash:", t.name, t.h.Sum64() == maphash.Bytes(other, b300), t.h.Sum64() == pieces(other, b300, 37))

	try("SetSeed of the zero Seed", func() { h.SetSeed(maphash.Seed{}) })
	try("Bytes with the zero Seed", func() { maphash.Bytes(maphash.Seed{}, nil) })
	try("String with the zero Seed", func() { maphash.String(maphash.Seed{}, "x") })
}
