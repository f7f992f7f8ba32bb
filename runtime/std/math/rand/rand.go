// Package rand is math/rand as Go 1.19 has it: the same generator, seeded
// the same way, so that a program drawing numbers from a given seed (or
// from the default source, seeded with 1) prints the numbers Go prints.
// The generator is a lagged Fibonacci register of 607 words whose seeded
// state is Park-Miller output mixed with the table in cooked.go; the
// distributions on top of it (Intn, Float64, Perm, Shuffle...) draw from it
// exactly as Go's do, call for call.
package rand

// Source gives uniformly distributed values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// Source64 is a Source that also gives whole 64-bit values.
type Source64 interface {
	Source
	Uint64() uint64
}

const (
	words = 607 // the register's length
	lag   = 273 // a new word is the sum of the one it replaces and this far on

	parkMillerPrime = 1<<31 - 1
	zeroSeed        = 89482311 // stands in for a seed that is 0 modulo the prime
)

// rngSource is the register. (Its name is Go's: %T shows it.) w counts
// down through the words; each step adds the word lag places on to it.
type rngSource struct {
	reg [words]uint64
	w   int
}

// parkMiller is one step of the minimal standard generator, which turns a
// seed into the register's first contents.
func parkMiller(x int64) int64 { return x * 48271 % parkMillerPrime }

func (g *rngSource) Seed(seed int64) {
	x := seed % parkMillerPrime
	if x < 0 {
		x += parkMillerPrime
	}
	if x == 0 {
		x = zeroSeed
	}
	// Twenty steps are thrown away; then each word takes three, spread
	// over its 64 bits, and the cooked word is mixed in.
	for skip := 20; skip > 0; skip-- {
		x = parkMiller(x)
	}
	for i := range g.reg {
		var bits uint64
		for _, shift := range [3]uint{40, 20, 0} {
			x = parkMiller(x)
			bits ^= uint64(x) << shift
		}
		g.reg[i] = bits ^ cooked[i]
	}
	g.w = words - lag
}

func (g *rngSource) Uint64() uint64 {
	g.w--
	if g.w < 0 {
		g.w = words - 1
	}
	partner := g.w + lag
	if partner >= words {
		partner -= words
	}
	g.reg[g.w] += g.reg[partner]
	return g.reg[g.w]
}

func (g *rngSource) Int63() int64 { return int64(g.Uint64() << 1 >> 1) }

// NewSource returns the generator seeded with seed.
func NewSource(seed int64) Source {
	g := new(rngSource)
	g.Seed(seed)
	return g
}

// Rand draws numbers of every kind from a Source. pending holds the bytes
// of the last Int63 that Read has not handed out yet, left ones of them.
type Rand struct {
	src     Source
	wide    Source64 // src, when it has Uint64
	pending int64
	left    int
}

// New returns a Rand that draws from src.
func New(src Source) *Rand {
	wide, _ := src.(Source64)
	return &Rand{src: src, wide: wide}
}

// Seed reseeds the source; bytes Read had kept back are dropped.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.left = 0
}

func (r *Rand) Int63() int64   { return r.src.Int63() }
func (r *Rand) Int31() int32   { return int32(r.Int63() >> 32) }
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }
func (r *Rand) Int() int       { return int(r.Int63()) }

func (r *Rand) Uint64() uint64 {
	if r.wide != nil {
		return r.wide.Uint64()
	}
	// 63 bits give only the low 32 here and the high 32 from the next draw
	low := uint64(r.Int63()) >> 31
	return low | uint64(r.Int63())<<32
}

// Int63n and Int31n draw until the value falls below the largest multiple
// of n that fits, so that the remainder is uniform; a power of two needs
// only a mask.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if mask := n - 1; n&mask == 0 {
		return r.Int63() & mask
	}
	limit := 1<<63 - 1 - int64(uint64(1<<63)%uint64(n))
	for {
		if v := r.Int63(); v <= limit {
			return v % n
		}
	}
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if mask := n - 1; n&mask == 0 {
		return r.Int31() & mask
	}
	limit := 1<<31 - 1 - int32(uint32(1<<31)%uint32(n))
	for {
		if v := r.Int31(); v <= limit {
			return v % n
		}
	}
}

// below is Shuffle's way to draw from [0,n): the high half of a 32x32-bit
// product, redrawn while the low half is under 2^32 mod n (Lemire's
// method). Its results differ from Int31n's, and Go's Shuffle uses it.
func (r *Rand) below(n int32) int32 {
	for {
		product := uint64(r.Uint32()) * uint64(n)
		low := uint32(product)
		if low >= uint32(n) || low >= uint32(-n)%uint32(n) {
			return int32(product >> 32)
		}
	}
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if small := int32(n); int(small) == n {
		return int(r.Int31n(small))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 is 63 bits scaled into [0,1): rounding can give exactly 1,
// which is drawn again.
func (r *Rand) Float64() float64 {
	for {
		if f := float64(r.Int63()) * 0x1p-63; f != 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		if f := float32(r.Float64()); f != 1 {
			return f
		}
	}
}

// Perm builds the permutation by inserting each i at a random place and
// moving what was there to the end ("inside-out" Fisher-Yates).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		j := r.Intn(i + 1)
		p[i], p[j] = p[j], i
	}
	return p
}

// Shuffle is Fisher-Yates from the end; indexes past 32 bits use Int63n.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for top := n - 1; top > 0; top-- {
		var other int
		if top >= 1<<31-1 {
			other = int(r.Int63n(int64(top) + 1))
		} else {
			other = int(r.below(int32(top) + 1))
		}
		swap(top, other)
	}
}

// Read fills p with bytes from successive Int63 values, seven bytes from
// each, low byte first; what is left of a value is used by the next Read.
func (r *Rand) Read(p []byte) (n int, err error) {
	for i := range p {
		if r.left == 0 {
			r.pending, r.left = r.Int63(), 7
		}
		p[i] = byte(r.pending)
		r.pending >>= 8
		r.left--
	}
	return len(p), nil
}

// The package's functions draw from one Rand, seeded with 1 as in Go 1.19.
var global = New(NewSource(1))

func Seed(seed int64)                    { global.Seed(seed) }
func Int63() int64                       { return global.Int63() }
func Uint32() uint32                     { return global.Uint32() }
func Uint64() uint64                     { return global.Uint64() }
func Int31() int32                       { return global.Int31() }
func Int() int                           { return global.Int() }
func Int63n(n int64) int64               { return global.Int63n(n) }
func Int31n(n int32) int32               { return global.Int31n(n) }
func Intn(n int) int                     { return global.Intn(n) }
func Float64() float64                   { return global.Float64() }
func Float32() float32                   { return global.Float32() }
func Perm(n int) []int                   { return global.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
func Read(p []byte) (n int, err error)   { return global.Read(p) }
