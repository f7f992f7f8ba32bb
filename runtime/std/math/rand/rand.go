// Package rand implements pseudo-random numbers with math/rand's API.
//
// The generator is gosub's own (a 64-bit permuted congruential generator),
// not Go's additive lagged Fibonacci source: a program that prints numbers
// drawn from a fixed seed prints different numbers than under Go. The
// distributions built on it (Intn, Float64, Perm, Shuffle) follow Go's
// definitions.
package rand

// A Source represents a source of uniformly-distributed pseudo-random
// int64 values in the range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

type pcgSource struct {
	state uint64
	inc   uint64
}

func (s *pcgSource) Seed(seed int64) {
	s.state = 0
	s.inc = uint64(seed)<<1 | 1
	s.Uint64()
	s.state += uint64(seed)
	s.Uint64()
}

func (s *pcgSource) step() uint32 {
	old := s.state
	s.state = old*6364136223846793005 + s.inc
	xorshifted := uint32(((old >> 18) ^ old) >> 27)
	rot := uint32(old >> 59)
	return xorshifted>>rot | xorshifted<<((-rot)&31)
}

func (s *pcgSource) Uint64() uint64 { return uint64(s.step())<<32 | uint64(s.step()) }
func (s *pcgSource) Int63() int64   { return int64(s.Uint64() & (1<<63 - 1)) }

// NewSource returns a new pseudo-random Source seeded with the given value.
func NewSource(seed int64) Source {
	s := &pcgSource{}
	s.Seed(seed)
	return s
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
}

// New returns a new Rand that uses random values from src.
func New(src Source) *Rand { return &Rand{src: src} }

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }
func (r *Rand) Int63() int64    { return r.src.Int63() }
func (r *Rand) Uint32() uint32  { return uint32(r.Int63() >> 31) }
func (r *Rand) Uint64() uint64 {
	if s, ok := r.src.(Source64); ok {
		return s.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }
func (r *Rand) Int() int     { return int(uint(r.Int63())) }

// Int63n returns a non-negative pseudo-random number in [0,n); n must be > 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a non-negative pseudo-random number in [0,n); n must be > 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.Int63n(int64(n)))
}

// Intn returns a non-negative pseudo-random number in [0,n); n must be > 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a pseudo-random number in [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

// Float32 returns a pseudo-random number in [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

// Perm returns a pseudo-random permutation of the integers [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of n elements using swap.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
}

var globalRand = New(NewSource(1))

func Seed(seed int64)                     { globalRand.Seed(seed) }
func Int63() int64                        { return globalRand.Int63() }
func Uint32() uint32                      { return globalRand.Uint32() }
func Uint64() uint64                      { return globalRand.Uint64() }
func Int31() int32                        { return globalRand.Int31() }
func Int() int                            { return globalRand.Int() }
func Int63n(n int64) int64                { return globalRand.Int63n(n) }
func Int31n(n int32) int32                { return globalRand.Int31n(n) }
func Intn(n int) int                      { return globalRand.Intn(n) }
func Float64() float64                    { return globalRand.Float64() }
func Float32() float32                    { return globalRand.Float32() }
func Perm(n int) []int                    { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
