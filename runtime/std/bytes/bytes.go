// Package bytes implements functions for the manipulation of byte slices,
// with Go 1.19's results: the same subslices (and their capacities), the
// same nil results where Go returns nil, fresh copies where Go copies, and
// Go's treatment of invalid UTF-8 (an invalid byte reads as U+FFFD).
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// In C (std_bytes.c): memchr, memmem, memcmp, and what gosub's Go cannot
// do with strings yet.

// IndexByte returns the index of the first instance of c in b, or -1 if c
// is not present in b.
//
//go:noescape
func IndexByte(b []byte, c byte) int

// LastIndexByte returns the index of the last instance of c in s, or -1 if
// c is not present in s.
//
//go:noescape
func LastIndexByte(s []byte, c byte) int

// Equal reports whether a and b are the same length and contain the same
// bytes. A nil argument is equivalent to an empty slice.
//
//go:noescape
func Equal(a, b []byte) bool

// Compare returns an integer comparing two byte slices lexicographically.
// The result will be 0 if a == b, -1 if a < b, and +1 if a > b. A nil
// argument is equivalent to an empty slice.
//
//go:noescape
func Compare(a, b []byte) int

//go:noescape
func indexBytes(s, sep []byte) int     // sep not empty
//go:noescape
func lastIndexBytes(s, sep []byte) int // sep not empty
//go:noescape
func countByte(b []byte, c byte) int

func appendString(b []byte, s string) []byte { return append(b, s...) }
func copyString(b []byte, s string) int      { return copy(b, s) }

// explode splits s into UTF-8 sequences, at most n pieces (the last holds
// the rest), each with its capacity cut to its length.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	k := 0
	for len(s) > 0 {
		if k+1 >= n {
			a[k] = s
			k++
			break
		}
		_, size := utf8.DecodeRune(s)
		a[k] = s[0:size:size]
		s = s[size:]
		k++
	}
	return a[0:k]
}

// Count counts the number of non-overlapping instances of sep in s. If sep
// is empty, Count returns 1 + the number of UTF-8-encoded code points in s.
func Count(s, sep []byte) int {
	switch len(sep) {
	case 0:
		return utf8.RuneCount(s) + 1
	case 1:
		return countByte(s, sep[0])
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool {
	return Index(b, subslice) != -1
}

// ContainsAny reports whether any of the UTF-8-encoded code points in chars
// are within b.
func ContainsAny(b []byte, chars string) bool {
	return IndexAny(b, chars) >= 0
}

// ContainsRune reports whether the rune is contained in the UTF-8-encoded
// byte slice b.
func ContainsRune(b []byte, r rune) bool {
	return IndexRune(b, r) >= 0
}

// Index returns the index of the first instance of sep in s, or -1 if sep
// is not present in s.
func Index(s, sep []byte) int {
	switch n := len(sep); {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	return indexBytes(s, sep)
}

// LastIndex returns the index of the last instance of sep in s, or -1 if
// sep is not present in s.
func LastIndex(s, sep []byte) int {
	switch n := len(sep); {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	return lastIndexBytes(s, sep)
}

// IndexRune interprets s as a sequence of UTF-8-encoded code points. It
// returns the byte index of the first occurrence in s of the given rune, or
// -1 if rune is not present in s. If r is utf8.RuneError, it returns the
// first instance of any invalid UTF-8 byte sequence.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			c, n := utf8.DecodeRune(s[i:])
			if c == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return Index(s, b[:n])
}

// runeIn reports whether r is one of the code points of chars (an invalid
// byte of chars being utf8.RuneError).
func runeIn(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny interprets s as a sequence of UTF-8-encoded Unicode code points.
// It returns the byte index of the first occurrence in s of any of the
// Unicode code points in chars. It returns -1 if chars is empty or if there
// is no code point in common.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if runeIn(chars, r) {
			return i
		}
		i += size
	}
	return -1
}

// LastIndexAny interprets s as a sequence of UTF-8-encoded Unicode code
// points. It returns the byte index of the last occurrence in s of any of
// the Unicode code points in chars. It returns -1 if chars is empty or if
// there is no code point in common.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if runeIn(chars, r) {
			return i
		}
	}
	return -1
}

// IndexFunc interprets s as a sequence of UTF-8-encoded code points. It
// returns the byte index in s of the first Unicode code point satisfying
// f(c), or -1 if none do.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc interprets s as a sequence of UTF-8-encoded code points. It
// returns the byte index in s of the last Unicode code point satisfying
// f(c), or -1 if none do.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s []byte, f func(r rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) == want {
			return i
		}
		i += size
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, want bool) int {
	for i := len(s); i > 0; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s[:i])
		}
		i -= size
		if f(r) == want {
			return i
		}
	}
	return -1
}

// split cuts s after each instance of sep, keeping keep bytes of sep in
// each piece, into at most n pieces (all when n < 0); the pieces but the
// last have their capacity cut to their length.
func split(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	i := 0
	for i < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+keep : m+keep]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into subslices separated by sep: at most n of them if
// n > 0 (the last is the unsplit remainder), nil if n == 0, all if n < 0.
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, 0, n) }

// SplitAfterN slices s into subslices after each instance of sep, as SplitN
// counts them.
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep. If sep is empty,
// Split splits after each UTF-8 sequence.
func Split(s, sep []byte) [][]byte { return split(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, len(sep), -1) }

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Fields interprets s as a sequence of UTF-8-encoded code points. It splits
// the slice s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace.
func Fields(s []byte) [][]byte {
	n := 0
	inField := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
		space := isASCIISpace(c)
		if !space && !inField {
			n++
		}
		inField = !space
	}
	a := make([][]byte, n)
	k := 0
	start := -1
	for i := 0; i < len(s); i++ {
		if isASCIISpace(s[i]) {
			if start >= 0 {
				a[k] = s[start:i:i]
				k++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a[k] = s[start:len(s):len(s)]
	}
	return a
}

// FieldsFunc interprets s as a sequence of UTF-8-encoded code points. It
// splits the slice s at each run of code points c satisfying f(c) and
// returns a slice of subslices of s.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	bounds := make([]int, 0, 64)
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([][]byte, len(bounds)/2)
	for i := range a {
		lo, hi := bounds[2*i], bounds[2*i+1]
		a[i] = s[lo:hi:hi]
	}
	return a
}

// Join concatenates the elements of s to create a new byte slice. The
// separator sep is placed between elements in the resulting slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, n)
	w := copy(b, s[0])
	for _, v := range s[1:] {
		w += copy(b[w:], sep)
		w += copy(b[w:], v)
	}
	return b
}

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[0:len(prefix)], prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Map returns a copy of the byte slice s with all its characters modified
// according to the mapping function. If mapping returns a negative value,
// the character is dropped from the byte slice with no replacement.
func Map(mapping func(r rune) rune, s []byte) []byte {
	// The output starts as long as s and doubles (plus UTFMax) when full,
	// as Go's does: its capacity is part of the result.
	size := len(s)
	n := 0
	b := make([]byte, size)
	for i := 0; i < len(s); {
		r, width := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRune(s[i:])
		}
		r = mapping(r)
		if r >= 0 {
			l := utf8.RuneLen(r)
			if l < 0 {
				l = 3 // RuneError's length
			}
			if n+l > size {
				size = size*2 + utf8.UTFMax
				nb := make([]byte, size)
				copy(nb, b[0:n])
				b = nb
			}
			n += utf8.EncodeRune(b[n:size], r)
		}
		i += width
	}
	return b[0:n]
}

// Repeat returns a new byte slice consisting of count copies of b. It
// panics if count is negative or if the result of (len(b) * count)
// overflows.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	nb := make([]byte, len(b)*count)
	done := copy(nb, b)
	for done < len(nb) {
		copy(nb[done:], nb[:done])
		done *= 2
	}
	return nb
}

// ToUpper returns a copy of the byte slice s with all Unicode letters
// mapped to their upper case.
func ToUpper(s []byte) []byte {
	lower := false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return Map(unicode.ToUpper, s)
		}
		if 'a' <= c && c <= 'z' {
			lower = true
		}
	}
	if !lower {
		return append([]byte(""), s...)
	}
	b := make([]byte, len(s))
	for i, c := range s {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ToLower returns a copy of the byte slice s with all Unicode letters
// mapped to their lower case.
func ToLower(s []byte) []byte {
	upper := false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return Map(unicode.ToLower, s)
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return append([]byte(""), s...)
	}
	b := make([]byte, len(s))
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ToTitle treats s as UTF-8-encoded bytes and returns a copy with all the
// Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial treats s as UTF-8-encoded bytes and returns a copy with
// all the Unicode letters mapped to their upper case, giving priority to
// the special casing rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(func(r rune) rune { return c.ToUpper(r) }, s)
}

// ToLowerSpecial treats s as UTF-8-encoded bytes and returns a copy with
// all the Unicode letters mapped to their lower case, giving priority to
// the special casing rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(func(r rune) rune { return c.ToLower(r) }, s)
}

// ToTitleSpecial treats s as UTF-8-encoded bytes and returns a copy with
// all the Unicode letters mapped to their title case, giving priority to
// the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(func(r rune) rune { return c.ToTitle(r) }, s)
}

// ToValidUTF8 treats s as UTF-8-encoded bytes and returns a copy with each
// run of bytes representing invalid UTF-8 replaced with the bytes in
// replacement, which may be empty.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // the previous byte was invalid
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			invalid = false
			i++
			continue
		}
		_, size := utf8.DecodeRune(s[i:])
		if size == 1 {
			if !invalid {
				b = append(b, replacement...)
				invalid = true
			}
			i++
			continue
		}
		b = append(b, s[i:i+size]...)
		invalid = false
		i += size
	}
	return b
}

// isSeparator reports whether the rune could mark a word boundary, as
// Title sees one.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title treats s as UTF-8-encoded bytes and returns a copy with all Unicode
// letters that begin words mapped to their title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle
// Unicode punctuation properly.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		sep := isSeparator(prev)
		prev = r
		if sep {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// TrimLeftFunc treats s as UTF-8-encoded bytes and returns a subslice of s
// by slicing off all leading UTF-8-encoded code points c that satisfy f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, size := utf8.DecodeRune(s[i:])
		return s[0 : i+size]
	}
	return s[0 : i+1]
}

// TrimFunc returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimPrefix returns s without the provided leading prefix string. If s
// doesn't start with prefix, s is returned unchanged.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s
// doesn't end with suffix, s is returned unchanged.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// cutset is a Trim cutset: an ASCII set when every byte is ASCII.
type cutset struct {
	chars  string
	ascii  bool
	lo, hi uint64
}

func makeCutset(chars string) cutset {
	c := cutset{chars: chars, ascii: true}
	for i := 0; i < len(chars); i++ {
		b := chars[i]
		if b >= utf8.RuneSelf {
			c.ascii = false
		} else if b < 64 {
			c.lo |= uint64(1) << b
		} else {
			c.hi |= uint64(1) << (b - 64)
		}
	}
	return c
}

func (c *cutset) hasByte(b byte) bool {
	if b < 64 {
		return c.lo&(uint64(1)<<b) != 0
	}
	return b < 128 && c.hi&(uint64(1)<<(b-64)) != 0
}

// trimLeft trims the leading code points of s in c; nil when none is left.
func (c *cutset) trimLeft(s []byte) []byte {
	if c.ascii {
		for len(s) > 0 && c.hasByte(s[0]) {
			s = s[1:]
		}
	} else {
		for len(s) > 0 {
			r, n := rune(s[0]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRune(s)
			}
			if !runeIn(c.chars, r) {
				break
			}
			s = s[n:]
		}
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

// trimRight trims the trailing code points of s in c.
func (c *cutset) trimRight(s []byte) []byte {
	if c.ascii {
		for len(s) > 0 && c.hasByte(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(s)
		}
		if !runeIn(c.chars, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Trim returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	c := makeCutset(cutset)
	return c.trimLeft(c.trimRight(s))
}

// TrimLeft returns a subslice of s by slicing off all leading UTF-8-encoded
// code points contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	c := makeCutset(cutset)
	return c.trimLeft(s)
}

// TrimRight returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points that are contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	c := makeCutset(cutset)
	return c.trimRight(s)
}

// TrimSpace returns a subslice of s by slicing off all leading and trailing
// white space, as defined by Unicode.
func TrimSpace(s []byte) []byte {
	start := 0
	for start < len(s) && isASCIISpace(s[start]) {
		start++
	}
	if start < len(s) && s[start] >= utf8.RuneSelf {
		return TrimFunc(s[start:], unicode.IsSpace)
	}
	stop := len(s)
	for stop > start && isASCIISpace(s[stop-1]) {
		stop--
	}
	if stop > start && s[stop-1] >= utf8.RuneSelf {
		return TrimFunc(s[start:stop], unicode.IsSpace)
	}
	if start == stop {
		return nil
	}
	return s[start:stop]
}

// Runes interprets s as a sequence of UTF-8-encoded code points. It returns
// a slice of runes (Unicode code points) equivalent to s.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	for i := range t {
		r, n := utf8.DecodeRune(s)
		t[i] = r
		s = s[n:]
	}
	return t
}

// Replace returns a copy of the slice s with the first n non-overlapping
// instances of old replaced by new. If old is empty, it matches at the
// beginning of the slice and after each UTF-8 sequence. If n < 0, there is
// no limit on the number of replacements.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w, start := 0, 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, size := utf8.DecodeRune(s[start:])
				j += size
			}
		} else {
			j += Index(s[start:], old)
		}
		w += copy(t[w:], s[start:j])
		w += copy(t[w:], new)
		start = j + len(old)
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

// ReplaceAll returns a copy of the slice s with all non-overlapping
// instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are
// equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool {
	for len(s) != 0 && len(t) != 0 {
		var a, b rune
		if s[0] < utf8.RuneSelf {
			a, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRune(s)
			a, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			b, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRune(t)
			b, t = r, t[size:]
		}
		if a == b {
			continue
		}
		if b < a {
			a, b = b, a
		}
		if b < utf8.RuneSelf {
			if 'A' <= a && a <= 'Z' && b == a+'a'-'A' {
				continue
			}
			return false
		}
		r := unicode.SimpleFold(a)
		for r != a && r < b {
			r = unicode.SimpleFold(r)
		}
		if r != b {
			return false
		}
	}
	return len(s) == len(t)
}

// Cut slices s around the first instance of sep, returning the text before
// and after sep. The found result reports whether sep appears in s. If sep
// does not appear in s, cut returns s, nil, false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}
