// Package bytes: searching, splitting, trimming, case mapping and
// rebuilding byte slices, with Go 1.19's results down to what shows in a
// slice: which results share s and with what capacity, which are fresh
// copies, which are nil; an invalid byte reads as U+FFFD. The byte
// searches and comparisons are in C (std_bytes.c); Buffer and Reader
// have their own files.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Done in C with memchr, memmem and memcmp.

//go:noescape
func IndexByte(b []byte, c byte) int

//go:noescape
func LastIndexByte(s []byte, c byte) int

//go:noescape
func Equal(a, b []byte) bool

//go:noescape
func Compare(a, b []byte) int

//go:noescape
func indexBytes(s, sep []byte) int // sep not empty
//go:noescape
func lastIndexBytes(s, sep []byte) int // sep not empty
//go:noescape
func countByte(b []byte, c byte) int

// runeAt decodes the rune that starts at s[i], ASCII without a call.
func runeAt(s []byte, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(s[i:])
}

// runeBefore decodes the rune that ends just before s[end].
func runeBefore(s []byte, end int) (rune, int) {
	if c := s[end-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRune(s[:end])
}

// hasRune reports whether r is among the runes of set, an invalid byte of
// set standing for RuneError.
func hasRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// asciiMask is a set of ASCII bytes, one bit each.
type asciiMask [2]uint64

// maskOf is the set of the bytes of chars, or false if one is not ASCII.
func maskOf(chars string) (m asciiMask, ok bool) {
	for at := 0; at < len(chars); at++ {
		c := chars[at]
		if c >= utf8.RuneSelf {
			return m, false
		}
		m[c>>6] |= 1 << (c & 63)
	}
	return m, true
}

func (m *asciiMask) has(c byte) bool {
	return c < utf8.RuneSelf && m[c>>6]&(1<<(c&63)) != 0
}

// inSet reports whether the rune r, starting with byte c, is in chars
// (whose mask, when it is all ASCII, is m).
func inSet(chars string, m *asciiMask, ascii bool, r rune, c byte) bool {
	if ascii {
		return m.has(c)
	}
	return hasRune(chars, r)
}

func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return 1 + utf8.RuneCount(s)
	}
	if len(sep) == 1 {
		return countByte(s, sep[0])
	}
	found := 0
	for at := Index(s, sep); at >= 0; at = Index(s, sep) {
		found++
		s = s[at+len(sep):]
	}
	return found
}

func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) != -1 }

func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) != -1 }

func Index(s, sep []byte) int {
	switch {
	case len(sep) == 0:
		return 0
	case len(sep) == 1:
		return IndexByte(s, sep[0])
	case len(sep) > len(s):
		return -1
	}
	return indexBytes(s, sep)
}

func LastIndex(s, sep []byte) int {
	switch {
	case len(sep) == 0:
		return len(s)
	case len(sep) == 1:
		return LastIndexByte(s, sep[0])
	case len(sep) > len(s):
		return -1
	}
	return lastIndexBytes(s, sep)
}

// IndexRune with RuneError finds the first invalid byte or real U+FFFD.
func IndexRune(s []byte, r rune) int {
	if r >= 0 && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	if r == utf8.RuneError {
		for at := 0; at < len(s); {
			c, w := runeAt(s, at)
			if c == r {
				return at
			}
			at += w
		}
		return -1
	}
	if !utf8.ValidRune(r) {
		return -1
	}
	var enc [utf8.UTFMax]byte
	return Index(s, enc[:utf8.EncodeRune(enc[:], r)])
}

func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	m, ascii := maskOf(chars)
	for at := 0; at < len(s); {
		c, w := runeAt(s, at)
		if inSet(chars, &m, ascii, c, s[at]) {
			return at
		}
		at += w
	}
	return -1
}

func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	m, ascii := maskOf(chars)
	for end := len(s); end > 0; {
		c, w := runeBefore(s, end)
		end -= w
		if inSet(chars, &m, ascii, c, s[end]) {
			return end
		}
	}
	return -1
}

// firstWhere is where the first rune r with f(r) == want starts, or -1.
func firstWhere(s []byte, f func(rune) bool, want bool) int {
	for at := 0; at < len(s); {
		c, w := runeAt(s, at)
		if f(c) == want {
			return at
		}
		at += w
	}
	return -1
}

// lastWhere is where the last rune r with f(r) == want starts, or -1.
func lastWhere(s []byte, f func(rune) bool, want bool) int {
	for end := len(s); end > 0; {
		c, w := runeBefore(s, end)
		end -= w
		if f(c) == want {
			return end
		}
	}
	return -1
}

func IndexFunc(s []byte, f func(r rune) bool) int { return firstWhere(s, f, true) }

func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastWhere(s, f, true) }

// piece is s[from:to] with no capacity beyond it, so that appending to
// one piece cannot overwrite the next.
func piece(s []byte, from, to int) []byte { return s[from:to:to] }

// runesOf cuts s into pieces of one UTF-8 sequence each, at most n (all
// when n <= 0) with the last keeping the rest. Go sizes the result by
// bytes, not runes, and so does this: its capacity shows it.
func runesOf(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	out := make([][]byte, n)
	k := 0
	for ; len(s) > 0; k++ {
		if k == n-1 {
			out[k] = s
			k++
			break
		}
		_, w := runeAt(s, 0)
		out[k] = piece(s, 0, w)
		s = s[w:]
	}
	return out[:k]
}

// cutAll cuts s at each sep into at most n pieces (all for n < 0), each
// keeping the first keep bytes of the sep that ends it; the last piece
// keeps s's capacity. The result's capacity is the most pieces there
// could be, as Go allocates it.
func cutAll(s, sep []byte, keep, n int) [][]byte {
	switch {
	case n == 0:
		return nil
	case len(sep) == 0:
		return runesOf(s, n)
	case n < 0:
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	out := make([][]byte, n)
	k := 0
	for ; k+1 < n; k++ {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		out[k], s = piece(s, 0, at+keep), s[at+len(sep):]
	}
	out[k] = s
	return out[:k+1]
}

func SplitN(s, sep []byte, n int) [][]byte { return cutAll(s, sep, 0, n) }

func SplitAfterN(s, sep []byte, n int) [][]byte { return cutAll(s, sep, len(sep), n) }

func Split(s, sep []byte) [][]byte { return cutAll(s, sep, 0, -1) }

func SplitAfter(s, sep []byte) [][]byte { return cutAll(s, sep, len(sep), -1) }

// spaceASCII is unicode.IsSpace on ASCII bytes.
func spaceASCII(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}

// Fields counts the fields of ASCII text first, so the result is made at
// its final size; other text goes through FieldsFunc.
func Fields(s []byte) [][]byte {
	count, inside := 0, false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
		was := inside
		inside = !spaceASCII(c)
		if inside && !was {
			count++
		}
	}
	out := make([][]byte, count)
	from, n := -1, 0
	for at := 0; at <= len(s); at++ {
		blank := at == len(s) || spaceASCII(s[at])
		if blank && from >= 0 {
			out[n] = piece(s, from, at)
			n++
			from = -1
		} else if !blank && from < 0 {
			from = at
		}
	}
	return out
}

// FieldsFunc calls f once per rune, in order, and returns exactly as many
// pieces as there are fields.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var edges []int // start and end of each field in turn
	from := -1
	for at := 0; at < len(s); {
		c, w := runeAt(s, at)
		if !f(c) {
			if from < 0 {
				from = at
			}
		} else if from >= 0 {
			edges = append(edges, from, at)
			from = -1
		}
		at += w
	}
	if from >= 0 {
		edges = append(edges, from, len(s))
	}
	out := make([][]byte, len(edges)/2)
	for k := range out {
		out[k] = piece(s, edges[2*k], edges[2*k+1])
	}
	return out
}

// Join always copies: a lone empty element gives nil, no elements an
// empty non-nil slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	size := len(sep) * (len(s) - 1)
	for _, e := range s {
		size += len(e)
	}
	out := make([]byte, size)
	w := 0
	for k, e := range s {
		if k > 0 {
			w += copy(out[w:], sep)
		}
		w += copy(out[w:], e)
	}
	return out
}

func HasPrefix(s, prefix []byte) bool {
	return len(prefix) <= len(s) && Equal(prefix, s[:len(prefix)])
}

func HasSuffix(s, suffix []byte) bool {
	return len(suffix) <= len(s) && Equal(suffix, s[len(s)-len(suffix):])
}

// Map writes into an array as long as s which, when a rune does not fit,
// is replaced by one twice as long plus UTFMax: the result's capacity is
// that array's, as in Go.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, len(s))
	used := 0
	for at := 0; at < len(s); {
		c, w := runeAt(s, at)
		at += w
		r := mapping(c)
		if r < 0 {
			continue
		}
		need := utf8.RuneLen(r)
		if need < 0 {
			need = 3 // written as RuneError
		}
		if used+need > len(out) {
			bigger := make([]byte, utf8.UTFMax+2*len(out))
			copy(bigger, out[:used])
			out = bigger
		}
		used += utf8.EncodeRune(out[used:], r)
	}
	return out[:used]
}

// Repeat fills its result by doubling what it has already written.
func Repeat(b []byte, count int) []byte {
	switch {
	case count == 0:
		return []byte{}
	case count < 0:
		panic("bytes: negative Repeat count")
	case len(b)*count/count != len(b):
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, len(b)*count)
	for done := copy(out, b); done < len(out); done *= 2 {
		copy(out[done:], out[:done])
	}
	return out
}

// asciiCase copies s mapping its ASCII letters in lo..hi by adding
// delta, and reports false (doing nothing) when s is not all ASCII. A
// copy without such letters is made by append, as Go makes it.
func asciiCase(s []byte, lo, hi byte, delta int) ([]byte, bool) {
	first := -1
	for at, c := range s {
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if first < 0 && lo <= c && c <= hi {
			first = at
		}
	}
	if first < 0 {
		return append([]byte(""), s...), true
	}
	out := make([]byte, len(s))
	copy(out, s)
	for at := first; at < len(out); at++ {
		if c := out[at]; lo <= c && c <= hi {
			out[at] = byte(int(c) + delta)
		}
	}
	return out, true
}

func ToUpper(s []byte) []byte {
	t, ascii := asciiCase(s, 'a', 'z', 'A'-'a')
	if !ascii {
		t = Map(unicode.ToUpper, s)
	}
	return t
}

func ToLower(s []byte) []byte {
	t, ascii := asciiCase(s, 'A', 'Z', 'a'-'A')
	if !ascii {
		t = Map(unicode.ToLower, s)
	}
	return t
}

func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(func(r rune) rune { return c.ToUpper(r) }, s)
}

func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(func(r rune) rune { return c.ToLower(r) }, s)
}

func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(func(r rune) rune { return c.ToTitle(r) }, s)
}

// ToValidUTF8 puts one replacement for each run of invalid bytes. It
// appends what Go appends, in the same pieces (an ASCII byte, a whole
// sequence, the replacement), so a result that outgrows its first array
// gets the capacity Go's gets.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(replacement)+len(s))
	inRun := false
	for at := 0; at < len(s); {
		c, w := runeAt(s, at)
		switch {
		case w == 1 && c < utf8.RuneSelf:
			out = append(out, s[at])
			inRun = false
		case w == 1:
			if !inRun {
				out = append(out, replacement...)
			}
			inRun = true
		default:
			out = append(out, s[at:at+w]...)
			inRun = false
		}
		at += w
	}
	return out
}

// wordBreak reports whether r, the rune before a letter, makes that letter
// start a word for Title: ASCII other than letters, digits and '_', and
// beyond ASCII the spaces.
func wordBreak(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return !(c == '_' || '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z')
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && unicode.IsSpace(r)
}

func Title(s []byte) []byte {
	before := ' '
	return Map(func(r rune) rune {
		starts := wordBreak(before)
		before = r
		if starts {
			r = unicode.ToTitle(r)
		}
		return r
	}, s)
}

// TrimLeftFunc gives nil when nothing is left.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	if at := firstWhere(s, f, false); at >= 0 {
		return s[at:]
	}
	return nil
}

// TrimRightFunc keeps s's array even when nothing is left.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	at := lastWhere(s, f, false)
	if at < 0 {
		return s[:0]
	}
	_, w := runeAt(s, at)
	return s[:at+w]
}

func TrimFunc(s []byte, f func(r rune) bool) []byte {
	s = TrimLeftFunc(s, f) // left first: f sees the runes in Go's order
	return TrimRightFunc(s, f)
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		s = s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		s = s[:len(s)-len(suffix)]
	}
	return s
}

// dropFront drops the leading runes of s that are in cutset.
func dropFront(s []byte, cutset string) []byte {
	m, ascii := maskOf(cutset)
	for len(s) > 0 {
		c, w := runeAt(s, 0)
		if !inSet(cutset, &m, ascii, c, s[0]) {
			break
		}
		s = s[w:]
	}
	return s
}

// dropBack drops the trailing runes of s that are in cutset.
func dropBack(s []byte, cutset string) []byte {
	m, ascii := maskOf(cutset)
	for len(s) > 0 {
		c, w := runeBefore(s, len(s))
		if !inSet(cutset, &m, ascii, c, s[len(s)-1]) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

// nilIfEmpty is what Go's Trim and TrimLeft return for an empty result.
func nilIfEmpty(s []byte) []byte {
	if len(s) == 0 {
		return nil
	}
	return s
}

// Trim and TrimLeft give nil for an empty result; TrimRight keeps s's
// array, and returns an empty s as it is.
func Trim(s []byte, cutset string) []byte {
	if cutset == "" && len(s) > 0 {
		return s
	}
	return nilIfEmpty(dropFront(dropBack(s, cutset), cutset))
}

func TrimLeft(s []byte, cutset string) []byte {
	if cutset == "" && len(s) > 0 {
		return s
	}
	return nilIfEmpty(dropFront(s, cutset))
}

func TrimRight(s []byte, cutset string) []byte {
	if cutset == "" {
		return s
	}
	return dropBack(s, cutset)
}

// TrimSpace deals with ASCII ends itself and with the rest through
// TrimFunc; an empty result is nil.
func TrimSpace(s []byte) []byte {
	lo, hi := 0, len(s)
	for lo < hi && spaceASCII(s[lo]) {
		lo++
	}
	for lo < hi && spaceASCII(s[hi-1]) {
		hi--
	}
	if lo < hi && (s[lo] >= utf8.RuneSelf || s[hi-1] >= utf8.RuneSelf) {
		return TrimFunc(s[lo:hi], unicode.IsSpace)
	}
	return nilIfEmpty(s[lo:hi])
}

func Runes(s []byte) []rune {
	out := make([]rune, utf8.RuneCount(s))
	at := 0
	for k := range out {
		c, w := runeAt(s, at)
		out[k] = c
		at += w
	}
	return out
}

// Replace always returns a copy (nil for an empty s with nothing to
// replace); an empty old inserts new before each rune and at the end.
func Replace(s, old, new []byte, n int) []byte {
	found := 0
	if n != 0 {
		found = Count(s, old)
	}
	if found == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || n > found {
		n = found
	}
	out := make([]byte, len(s)+(len(new)-len(old))*n)
	w, done := 0, 0 // out[:w] holds s[:done], replaced
	for k := 0; k < n; k++ {
		at := done
		if len(old) > 0 {
			at += Index(s[done:], old)
		} else if k > 0 {
			_, size := runeAt(s, done)
			at += size
		}
		w += copy(out[w:], s[done:at])
		w += copy(out[w:], new)
		done = at + len(old)
	}
	w += copy(out[w:], s[done:])
	return out[:w]
}

func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// sameFold reports whether a and b are in one orbit of unicode.SimpleFold.
func sameFold(a, b rune) bool {
	if a == b {
		return true
	}
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		return a|0x20 == b|0x20 && 'a' <= a|0x20 && a|0x20 <= 'z'
	}
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		a, i := runeAt(s, 0)
		b, j := runeAt(t, 0)
		if !sameFold(a, b) {
			return false
		}
		s, t = s[i:], t[j:]
	}
	return len(s) == len(t)
}

func Cut(s, sep []byte) (before, after []byte, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, nil, false
	}
	return s[:at], s[at+len(sep):], true
}
