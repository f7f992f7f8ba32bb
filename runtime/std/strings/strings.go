// Package strings: searching, splitting, trimming, case mapping and
// rebuilding UTF-8 strings, with Go 1.19's results down to the details
// that show: an invalid byte reads as utf8.RuneError (U+FFFD), the
// lengths and capacities of returned slices, the panics and their texts.
// The byte searches are in C (std_strings.c); what builds new strings
// goes through Builder (builder.go).
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Done in C with memchr and memmem.

//go:noescape
func IndexByte(s string, c byte) int

//go:noescape
func LastIndexByte(s string, c byte) int

//go:noescape
func indexString(s, substr string) int // substr not empty
//go:noescape
func lastIndexString(s, substr string) int // substr not empty
//go:noescape
func countByte(s string, c byte) int

// runeAt decodes the rune that starts at s[i], ASCII without a call.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends just before s[end].
func runeBefore(s string, end int) (rune, int) {
	if c := s[end-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:end])
}

// hasRune reports whether r is among the runes of set, an invalid byte of
// set standing for RuneError (which is how IndexRune matches).
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
	for k := 0; k < len(chars); k++ {
		c := chars[k]
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

func Count(s, substr string) int {
	if len(substr) == 0 {
		return 1 + utf8.RuneCountInString(s)
	}
	if len(substr) == 1 {
		return countByte(s, substr[0])
	}
	found := 0
	for at := indexString(s, substr); at >= 0; at = indexString(s, substr) {
		found++
		s = s[at+len(substr):]
	}
	return found
}

func Contains(s, substr string) bool { return Index(s, substr) != -1 }

func ContainsAny(s, chars string) bool { return IndexAny(s, chars) != -1 }

func ContainsRune(s string, r rune) bool { return IndexRune(s, r) != -1 }

func Index(s, substr string) int {
	switch {
	case substr == "":
		return 0
	case len(substr) == 1:
		return IndexByte(s, substr[0])
	case len(substr) > len(s):
		return -1
	}
	return indexString(s, substr)
}

func LastIndex(s, substr string) int {
	switch {
	case substr == "":
		return len(s)
	case len(substr) == 1:
		return LastIndexByte(s, substr[0])
	case len(substr) > len(s):
		return -1
	}
	return lastIndexString(s, substr)
}

// IndexRune with RuneError finds the first invalid byte or real U+FFFD.
func IndexRune(s string, r rune) int {
	switch {
	case r >= 0 && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for at, c := range s {
			if c == r {
				return at
			}
		}
		return -1
	case utf8.ValidRune(r):
		return indexString(s, string(r))
	}
	return -1
}

func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	if m, ok := maskOf(chars); ok {
		for at := 0; at < len(s); at++ {
			if m.has(s[at]) {
				return at
			}
		}
		return -1
	}
	for at, c := range s {
		if hasRune(chars, c) {
			return at
		}
	}
	return -1
}

func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	if m, ok := maskOf(chars); ok {
		for at := len(s) - 1; at >= 0; at-- {
			if m.has(s[at]) {
				return at
			}
		}
		return -1
	}
	for end := len(s); end > 0; {
		c, w := runeBefore(s, end)
		end -= w
		if hasRune(chars, c) {
			return end
		}
	}
	return -1
}

// firstWhere is where the first rune r with f(r) == want starts, or -1.
func firstWhere(s string, f func(rune) bool, want bool) int {
	for at, c := range s {
		if f(c) == want {
			return at
		}
	}
	return -1
}

// lastWhere is where the last rune r with f(r) == want starts, or -1.
func lastWhere(s string, f func(rune) bool, want bool) int {
	for end := len(s); end > 0; {
		c, w := runeBefore(s, end)
		end -= w
		if f(c) == want {
			return end
		}
	}
	return -1
}

func IndexFunc(s string, f func(rune) bool) int { return firstWhere(s, f, true) }

func LastIndexFunc(s string, f func(rune) bool) int { return lastWhere(s, f, true) }

// runesOf cuts s into at most n pieces of one UTF-8 sequence each (all of
// them for n < 0), the last piece keeping the rest; an invalid byte turns
// into "\uFFFD", except in that last piece.
func runesOf(s string, n int) []string {
	if total := utf8.RuneCountInString(s); n < 0 || n > total {
		n = total
	}
	out := make([]string, n)
	for k := range out {
		if k == n-1 {
			out[k] = s
			break
		}
		c, w := runeAt(s, 0)
		if c == utf8.RuneError {
			out[k] = "\uFFFD"
		} else {
			out[k] = s[:w]
		}
		s = s[w:]
	}
	return out
}

// cutAll cuts s at each sep into at most n pieces (all for n < 0), each
// keeping the first keep bytes of the sep that ends it. The result's
// capacity is the most pieces there could be, as Go allocates it.
func cutAll(s, sep string, keep, n int) []string {
	switch {
	case n == 0:
		return nil
	case sep == "":
		return runesOf(s, n)
	case n < 0:
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	out := make([]string, n)
	k := 0
	for ; k+1 < n; k++ {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		out[k], s = s[:at+keep], s[at+len(sep):]
	}
	out[k] = s
	return out[:k+1]
}

func SplitN(s, sep string, n int) []string { return cutAll(s, sep, 0, n) }

func SplitAfterN(s, sep string, n int) []string { return cutAll(s, sep, len(sep), n) }

func Split(s, sep string) []string { return cutAll(s, sep, 0, -1) }

func SplitAfter(s, sep string) []string { return cutAll(s, sep, len(sep), -1) }

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
func Fields(s string) []string {
	count, inside := 0, false
	for at := 0; at < len(s); at++ {
		if s[at] >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
		was := inside
		inside = !spaceASCII(s[at])
		if inside && !was {
			count++
		}
	}
	out := make([]string, count)
	from := -1
	n := 0
	for k := 0; k <= len(s); k++ {
		blank := k == len(s) || spaceASCII(s[k])
		if blank && from >= 0 {
			out[n] = s[from:k]
			n++
			from = -1
		} else if !blank && from < 0 {
			from = k
		}
	}
	return out
}

// FieldsFunc calls f once per rune, in order, and returns exactly as many
// strings as there are fields.
func FieldsFunc(s string, f func(rune) bool) []string {
	var edges []int // start and end of each field in turn
	from := -1
	for at, c := range s {
		if !f(c) {
			if from < 0 {
				from = at
			}
		} else if from >= 0 {
			edges = append(edges, from, at)
			from = -1
		}
	}
	if from >= 0 {
		edges = append(edges, from, len(s))
	}
	out := make([]string, len(edges)/2)
	for k := range out {
		out[k] = s[edges[2*k]:edges[2*k+1]]
	}
	return out
}

// Join returns a lone element itself, uncopied.
func Join(elems []string, sep string) string {
	if len(elems) < 2 {
		if len(elems) == 0 {
			return ""
		}
		return elems[0]
	}
	size := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		size += len(e)
	}
	var b Builder
	b.Grow(size)
	for k, e := range elems {
		if k > 0 {
			b.WriteString(sep)
		}
		b.WriteString(e)
	}
	return b.String()
}

func HasPrefix(s, prefix string) bool {
	return len(prefix) <= len(s) && prefix == s[:len(prefix)]
}

func HasSuffix(s, suffix string) bool {
	return len(suffix) <= len(s) && suffix == s[len(s)-len(suffix):]
}

// Map calls mapping once per rune, in order. Nothing is built until a
// rune changes; an invalid byte counts as changed, since it comes out as
// the three bytes of U+FFFD.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	copying := false
	for at, c := range s {
		r := mapping(c)
		if !copying {
			if r == c && (c != utf8.RuneError || !invalidAt(s, at)) {
				continue
			}
			copying = true
			b.Grow(utf8.UTFMax + len(s))
			b.WriteString(s[:at])
		}
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	if !copying {
		return s
	}
	return b.String()
}

// invalidAt reports whether s[at] is a byte that does not begin valid UTF-8.
func invalidAt(s string, at int) bool {
	c, w := utf8.DecodeRuneInString(s[at:])
	return c == utf8.RuneError && w == 1
}

// Repeat fills its result by doubling what it has already written.
func Repeat(s string, count int) string {
	switch {
	case count == 0:
		return ""
	case count < 0:
		panic("strings: negative Repeat count")
	case len(s)*count/count != len(s):
		panic("strings: Repeat count causes overflow")
	}
	total := len(s) * count
	out := make([]byte, 0, total) // a total too large fails here, as in Go
	out = append(out, s...)
	for len(out) < total {
		more := len(out)
		if more > total-len(out) {
			more = total - len(out)
		}
		out = append(out, out[:more]...)
	}
	return shareBytes(out)
}

// asciiCase maps the ASCII letters of s in lo..hi by adding delta, and
// reports false (doing nothing) when s is not all ASCII. Unchanged text
// comes back as it was.
func asciiCase(s string, lo, hi byte, delta int) (string, bool) {
	first := -1
	for at := 0; at < len(s); at++ {
		c := s[at]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if first < 0 && lo <= c && c <= hi {
			first = at
		}
	}
	if first < 0 {
		return s, true
	}
	out := make([]byte, len(s))
	copy(out, s)
	for k := first; k < len(out); k++ {
		if c := out[k]; lo <= c && c <= hi {
			out[k] = byte(int(c) + delta)
		}
	}
	return shareBytes(out), true
}

func ToUpper(s string) string {
	t, ascii := asciiCase(s, 'a', 'z', 'A'-'a')
	if !ascii {
		t = Map(unicode.ToUpper, s)
	}
	return t
}

func ToLower(s string) string {
	t, ascii := asciiCase(s, 'A', 'Z', 'a'-'A')
	if !ascii {
		t = Map(unicode.ToLower, s)
	}
	return t
}

func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

func ToUpperSpecial(c unicode.SpecialCase, s string) string {
	return Map(func(r rune) rune { return c.ToUpper(r) }, s)
}

func ToLowerSpecial(c unicode.SpecialCase, s string) string {
	return Map(func(r rune) rune { return c.ToLower(r) }, s)
}

func ToTitleSpecial(c unicode.SpecialCase, s string) string {
	return Map(func(r rune) rune { return c.ToTitle(r) }, s)
}

// ToValidUTF8 puts one replacement for each run of invalid bytes.
func ToValidUTF8(s, replacement string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b Builder
	b.Grow(len(replacement) + len(s))
	inRun := false
	for at, c := range s {
		if c == utf8.RuneError && invalidAt(s, at) {
			if !inRun {
				b.WriteString(replacement)
			}
			inRun = true
			continue
		}
		inRun = false
		b.WriteRune(c)
	}
	return b.String()
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

func Title(s string) string {
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

func TrimLeftFunc(s string, f func(rune) bool) string {
	if at := firstWhere(s, f, false); at >= 0 {
		return s[at:]
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	at := lastWhere(s, f, false)
	if at < 0 {
		return s[:0]
	}
	_, w := runeAt(s, at)
	return s[:at+w]
}

func TrimFunc(s string, f func(rune) bool) string {
	s = TrimLeftFunc(s, f) // left first: f sees the runes in Go's order
	return TrimRightFunc(s, f)
}

func Trim(s, cutset string) string {
	return TrimLeft(TrimRight(s, cutset), cutset)
}

func TrimLeft(s, cutset string) string {
	if cutset == "" || s == "" {
		return s
	}
	if m, ok := maskOf(cutset); ok {
		k := 0
		for k < len(s) && m.has(s[k]) {
			k++
		}
		return s[k:]
	}
	for s != "" {
		c, w := runeAt(s, 0)
		if !hasRune(cutset, c) {
			break
		}
		s = s[w:]
	}
	return s
}

func TrimRight(s, cutset string) string {
	if cutset == "" || s == "" {
		return s
	}
	if m, ok := maskOf(cutset); ok {
		k := len(s)
		for k > 0 && m.has(s[k-1]) {
			k--
		}
		return s[:k]
	}
	for s != "" {
		c, w := runeBefore(s, len(s))
		if !hasRune(cutset, c) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

// TrimSpace deals with ASCII ends itself, and with the rest through
// TrimFunc and unicode.IsSpace.
func TrimSpace(s string) string {
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
	return s[lo:hi]
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		s = s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		s = s[:len(s)-len(suffix)]
	}
	return s
}

// Replace with an empty old inserts new before each rune and at the end.
func Replace(s, old, new string, n int) string {
	if n == 0 || old == new {
		return s
	}
	found := Count(s, old)
	if found == 0 {
		return s
	}
	if n < 0 || n > found {
		n = found
	}
	var b Builder
	b.Grow(len(s) + (len(new)-len(old))*n)
	done := 0 // s[:done] has been written out
	for k := 0; k < n; k++ {
		at := done
		if old != "" {
			at += Index(s[done:], old)
		} else if k > 0 {
			_, w := utf8.DecodeRuneInString(s[done:])
			at += w
		}
		b.WriteString(s[done:at])
		b.WriteString(new)
		done = at + len(old)
	}
	b.WriteString(s[done:])
	return b.String()
}

func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

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

func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		a, i := runeAt(s, 0)
		b, j := runeAt(t, 0)
		if !sameFold(a, b) {
			return false
		}
		s, t = s[i:], t[j:]
	}
	return s == t
}

func Compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

func Cut(s, sep string) (before, after string, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, "", false
	}
	return s[:at], s[at+len(sep):], true
}

func Clone(s string) string {
	if s == "" {
		return ""
	}
	return shareBytes(append([]byte(nil), s...))
}
