// gosub's hash/maphash: seeded hashing of byte strings, built on the
// runtime's memory hash (runtime/hash.c, the hash maps use), reached through
// the body-less memhash and memhashString below (runtime/stdlink.c).

// Package maphash hashes byte sequences and strings to 64-bit values,
// under a random seed, for use in hash tables and similar structures.
// It is not a cryptographic hash.
package maphash

// Seed chooses which hash function a Hash computes: equal seeds give equal
// hashes of equal input, different seeds almost surely give different ones.
// Only MakeSeed (or a Hash's Seed method) yields a usable Seed; the zero
// Seed is not one. A Seed means nothing outside the process that made it.
type Seed struct {
	s uint64 // never 0 once made; 0 marks the zero Seed
}

// blockLen is how many bytes a Hash gathers before folding them into its
// state. Every fold takes exactly blockLen bytes, so the result depends on
// the bytes written and not on how the writes cut them up.
const blockLen = 128

// MakeSeed returns a fresh random Seed.
func MakeSeed() Seed {
	for {
		if r := runtime_fastrand64(); r != 0 {
			return Seed{s: r}
		}
	}
}

// mustSeed returns seed's value, panicking for the zero Seed.
func mustSeed(seed Seed) uint64 {
	if seed.s == 0 {
		panic("maphash: use of uninitialized Seed")
	}
	return seed.s
}

// Bytes hashes b under seed. It gives what a Hash given seed by SetSeed
// would give after Write(b), without the Hash.
func Bytes(seed Seed, b []byte) uint64 {
	v := mustSeed(seed)
	for len(b) >= blockLen {
		v = memhash(b[:blockLen], v)
		b = b[blockLen:]
	}
	return foldBytes(b, v)
}

// String hashes s under seed. It gives what a Hash given seed by SetSeed
// would give after WriteString(s), without the Hash.
func String(seed Seed, s string) uint64 {
	v := mustSeed(seed)
	for len(s) >= blockLen {
		v = memhashString(s[:blockLen], v)
		s = s[blockLen:]
	}
	return foldString(s, v)
}

// foldBytes mixes the final, partial block b into v; no bytes leave v as it is.
func foldBytes(b []byte, v uint64) uint64 {
	if len(b) > 0 {
		v = memhash(b, v)
	}
	return v
}

// foldString is foldBytes for a string.
func foldString(s string, v uint64) uint64 {
	if len(s) > 0 {
		v = memhashString(s, v)
	}
	return v
}

// Hash hashes a stream of bytes under a Seed.
//
// A Hash's zero value is ready to use: it takes a random seed the first
// time it needs one (Sum64, Seed, Reset, or a write that completes a
// block). SetSeed gives it a chosen seed instead.
//
// The value depends only on the seed and on the bytes written since the
// last Reset or SetSeed: Write, WriteString and WriteByte may be mixed and
// the bytes split however one likes. Writing "foo" with WriteString, with
// Write([]byte("foo")), or as three WriteByte calls, is all the same.
//
// The hash is meant to hold up against collisions even when an adversary
// chooses the input. A Hash must not be used by several goroutines at once;
// goroutines that need the same hash can each have a Hash with the same Seed.
type Hash struct {
	_     [0]func()      // makes Hash incomparable
	seed  uint64         // the seed; 0 until one is picked or set
	state uint64         // the seed with every whole block folded in
	buf   [blockLen]byte // bytes of the block being gathered
	n     int            // how many of buf's bytes are in use
}

// ensureSeed gives h a random seed if it has none yet.
func (h *Hash) ensureSeed() {
	if h.seed == 0 {
		h.seed = MakeSeed().s
		h.state = h.seed
	}
}

// foldBlock folds the full buffer into the state and empties it.
func (h *Hash) foldBlock() {
	h.ensureSeed()
	h.state = memhash(h.buf[:], h.state)
	h.n = 0
}

// WriteByte adds c to the bytes being hashed. Its error is always nil;
// it is there to satisfy io.ByteWriter.
func (h *Hash) WriteByte(c byte) error {
	h.buf[h.n] = c // h.n < blockLen: a full block is always folded at once
	h.n++
	if h.n == blockLen {
		h.foldBlock()
	}
	return nil
}

// Write adds the bytes of b to the bytes being hashed. It always takes all
// of them and returns len(b) and a nil error, as io.Writer asks.
func (h *Hash) Write(b []byte) (int, error) {
	total := len(b)
	if h.n > 0 {
		// top up the block already begun
		c := copy(h.buf[h.n:], b)
		h.n += c
		b = b[c:]
		if h.n < blockLen {
			return total, nil
		}
		h.foldBlock()
	}
	if len(b) >= blockLen {
		// whole blocks go straight from b, with no copy
		h.ensureSeed()
		v := h.state
		for len(b) >= blockLen {
			v = memhash(b[:blockLen], v)
			b = b[blockLen:]
		}
		h.state = v
	}
	h.n = copy(h.buf[:], b)
	return total, nil
}

// WriteString adds the bytes of s to the bytes being hashed. It always
// takes all of them and returns len(s) and a nil error, as
// io.StringWriter asks.
func (h *Hash) WriteString(s string) (int, error) {
	total := len(s)
	if h.n > 0 {
		c := copy(h.buf[h.n:], s)
		h.n += c
		s = s[c:]
		if h.n < blockLen {
			return total, nil
		}
		h.foldBlock()
	}
	if len(s) >= blockLen {
		h.ensureSeed()
		v := h.state
		for len(s) >= blockLen {
			v = memhashString(s[:blockLen], v)
			s = s[blockLen:]
		}
		h.state = v
	}
	h.n = copy(h.buf[:], s)
	return total, nil
}

// Seed returns the seed h hashes with, picking one first if h has none.
func (h *Hash) Seed() Seed {
	h.ensureSeed()
	return Seed{s: h.seed}
}

// SetSeed makes h hash under seed, which must come from MakeSeed or from a
// Hash's Seed method, and forgets whatever was written to h before.
// Hashes with the same seed behave the same.
func (h *Hash) SetSeed(seed Seed) {
	h.seed = mustSeed(seed)
	h.state = h.seed
	h.n = 0
}

// Reset forgets the bytes written to h and keeps its seed.
func (h *Hash) Reset() {
	h.ensureSeed()
	h.state = h.seed
	h.n = 0
}

// Sum64 returns the hash of h's seed and the bytes written since the last
// Reset or SetSeed. Its bits are all close to uniform and independent, so
// it may be cut down by masking, shifting or taking a remainder.
func (h *Hash) Sum64() uint64 {
	h.ensureSeed()
	return foldBytes(h.buf[:h.n], h.state)
}

// Sum appends Sum64's value to b as 8 little-endian bytes, for hash.Hash;
// Sum64 is the cheaper call.
func (h *Hash) Sum(b []byte) []byte {
	v := h.Sum64()
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

// Size returns 8, the length of Sum's result.
func (h *Hash) Size() int { return 8 }

// BlockSize returns the size of the blocks h folds its input in.
func (h *Hash) BlockSize() int { return blockLen }

// runtime_fastrand64 is the runtime's random generator (runtime/hash.c),
// seeded afresh in each process.
func runtime_fastrand64() uint64

// memhash hashes b's bytes, starting from seed, with the runtime's memory
// hash. b must not be empty.
//
//go:noescape
func memhash(b []byte, seed uint64) uint64

// memhashString is memhash for a string's bytes.
//
//go:noescape
func memhashString(s string, seed uint64) uint64
