// Package utf8 encodes runes as UTF-8 and decodes them, giving Go's answer
// for every input, valid or not.
//
// One decoder does the work for byte slices and strings alike: the callers
// copy the (at most four) bytes of interest into an array and hand it over
// with their count. An encoding is invalid when its lead byte cannot start
// a sequence (a continuation byte, C0, C1, F5 and above), when a later byte
// is not a continuation byte, when the input ends too soon, or when it
// would be an overlong form, a surrogate half or beyond U+10FFFF; the last
// three are ruled out by narrowing the range allowed for the second byte.
// Every invalid encoding decodes as (RuneError, 1), empty input as
// (RuneError, 0).
package utf8

const (
	RuneError = '\uFFFD'     // what invalid input decodes as: U+FFFD
	RuneSelf  = 0x80         // bytes below this are runes on their own
	MaxRune   = '\U0010FFFF' // the largest code point
	UTFMax    = 4            // the longest encoding, in bytes
)

// quad holds the bytes handed to the decoder; those past its count are 0.
type quad [UTFMax]byte

// lead describes the sequence that byte b begins: its length (0 if b
// cannot begin one) and the range its second byte must lie in.
func lead(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0xC2: // ASCII, continuation bytes, and C0 C1 (overlong)
		return 0, 0, 0
	case b <= 0xDF:
		return 2, 0x80, 0xBF
	case b == 0xE0: // E0 80..9F would be overlong
		return 3, 0xA0, 0xBF
	case b == 0xED: // ED A0..BF would be a surrogate half
		return 3, 0x80, 0x9F
	case b <= 0xEF:
		return 3, 0x80, 0xBF
	case b == 0xF0: // F0 80..8F would be overlong
		return 4, 0x90, 0xBF
	case b <= 0xF3:
		return 4, 0x80, 0xBF
	case b == 0xF4: // F4 90..BF would be above U+10FFFF
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// tail reports whether b is a continuation byte (10xxxxxx).
func tail(b byte) bool { return b&0xC0 == 0x80 }

// decode decodes the first rune of q[:n] (n >= 1).
func decode(q quad, n int) (rune, int) {
	if q[0] < RuneSelf {
		return rune(q[0]), 1
	}
	size, lo, hi := lead(q[0])
	if size == 0 || n < size || q[1] < lo || q[1] > hi {
		return RuneError, 1
	}
	r := rune(q[0]) & (0x7F >> size) // the lead byte's payload
	for i := 1; i < size; i++ {
		if i > 1 && !tail(q[i]) {
			return RuneError, 1
		}
		r = r<<6 | rune(q[i]&0x3F)
	}
	return r, size
}

// complete is FullRune on q[:n]: an input that already fails counts as
// complete, since it decodes (as an error) whatever follows.
func complete(q quad, n int) bool {
	if n == 0 {
		return false
	}
	size, lo, hi := lead(q[0])
	switch {
	case q[0] < RuneSelf, size == 0, n >= size:
		return true
	case n >= 2 && (q[1] < lo || q[1] > hi):
		return true
	}
	return n >= 3 && !tail(q[2])
}

// decodeEnd decodes the rune that ends q[:n], the last n (1 to 4) bytes of
// the input: it starts at the last byte that is not a continuation byte,
// and must run exactly to the end.
func decodeEnd(q quad, n int) (rune, int) {
	start := n - 1
	for start > 0 && tail(q[start]) {
		start--
	}
	var head quad
	for i := start; i < n; i++ {
		head[i-start] = q[i]
	}
	r, size := decode(head, n-start)
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

// The wrappers hand the decoder a quad: the first (or last) at most
// UTFMax bytes of their input, and how many there were.

func headOf(p []byte) (quad, int) {
	if len(p) >= UTFMax {
		return quad{p[0], p[1], p[2], p[3]}, UTFMax
	}
	var q quad
	for i := 0; i < len(p); i++ {
		q[i] = p[i]
	}
	return q, len(p)
}

func headOfString(s string) (quad, int) {
	if len(s) >= UTFMax {
		return quad{s[0], s[1], s[2], s[3]}, UTFMax
	}
	var q quad
	for i := 0; i < len(s); i++ {
		q[i] = s[i]
	}
	return q, len(s)
}

func endOf(p []byte) (quad, int) {
	if n := len(p); n >= UTFMax {
		return quad{p[n-4], p[n-3], p[n-2], p[n-1]}, UTFMax
	}
	return headOf(p)
}

func endOfString(s string) (quad, int) {
	if n := len(s); n >= UTFMax {
		return quad{s[n-4], s[n-3], s[n-2], s[n-1]}, UTFMax
	}
	return headOfString(s)
}

// FullRune reports whether p begins with a whole encoding (or with bytes
// that are invalid whatever follows).
func FullRune(p []byte) bool {
	return complete(headOf(p))
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	return complete(headOfString(s))
}

// DecodeRune returns the first rune of p and its length in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	if p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	return decode(headOf(p))
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	if s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decode(headOfString(s))
}

// DecodeLastRune returns the last rune of p and its length in bytes.
func DecodeLastRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	if p[n-1] < RuneSelf {
		return rune(p[n-1]), 1
	}
	return decodeEnd(endOf(p))
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if s[n-1] < RuneSelf {
		return rune(s[n-1]), 1
	}
	return decodeEnd(endOfString(s))
}

// encode returns the encoding of r (of RuneError if r cannot be encoded).
func encode(r rune) (q quad, n int) {
	c := uint32(r)
	switch {
	case c < RuneSelf:
		q[0] = byte(c)
		return q, 1
	case c < 0x800:
		n = 2
	case !ValidRune(r):
		c, n = RuneError, 3
	case c < 0x10000:
		n = 3
	default:
		n = 4
	}
	// Six bits in each continuation byte, from the last; the lead byte
	// takes what is left below its n high one bits.
	for i := n - 1; i > 0; i-- {
		q[i] = 0x80 | byte(c&0x3F)
		c >>= 6
	}
	q[0] = byte(0xF00>>n) | byte(c)
	return q, n
}

// RuneLen returns how many bytes encode r, or -1 if r cannot be encoded.
func RuneLen(r rune) int {
	switch {
	case !ValidRune(r):
		return -1
	case r < RuneSelf:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// EncodeRune writes the encoding of r (of RuneError if r cannot be
// encoded) to the start of p and returns its length. It panics if p is too
// short, naming the encoding's last index, as Go's does.
func EncodeRune(p []byte, r rune) int {
	q, n := encode(r)
	_ = p[n-1]
	for i := 0; i < n; i++ {
		p[i] = q[i]
	}
	return n
}

// AppendRune appends the encoding of r (of RuneError if r cannot be
// encoded) to p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	q, n := encode(r)
	return append(p, q[:n]...)
}

// RuneCount returns the number of runes in p, each invalid byte counting as
// one.
func RuneCount(p []byte) int {
	n := 0
	for len(p) > 0 {
		step := 1
		if p[0] >= RuneSelf {
			_, step = DecodeRune(p)
		}
		p = p[step:]
		n++
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) (n int) {
	for len(s) > 0 {
		step := 1
		if s[0] >= RuneSelf {
			_, step = DecodeRuneInString(s)
		}
		s = s[step:]
		n++
	}
	return n
}

// RuneStart reports whether b can begin an encoding: whether it is not a
// continuation byte.
func RuneStart(b byte) bool { return !tail(b) }

// Valid reports whether all of p is valid UTF-8.
func Valid(p []byte) bool {
	for len(p) > 0 {
		if p[0] < RuneSelf {
			p = p[1:]
			continue
		}
		r, step := DecodeRune(p)
		if step == 1 && r == RuneError {
			return false
		}
		p = p[step:]
	}
	return true
}

// ValidString reports whether all of s is valid UTF-8.
func ValidString(s string) bool {
	for len(s) > 0 {
		if s[0] < RuneSelf {
			s = s[1:]
			continue
		}
		r, step := DecodeRuneInString(s)
		if step == 1 && r == RuneError {
			return false
		}
		s = s[step:]
	}
	return true
}

// ValidRune reports whether r is a code point UTF-8 can encode: in range,
// and not a surrogate half (D800 to DFFF).
func ValidRune(r rune) bool {
	return uint32(r) <= MaxRune && uint32(r)-0xD800 >= 0x800
}
