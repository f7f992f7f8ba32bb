// builder.go: strings.Builder, which gathers a string in a byte slice that
// only ever grows at its end, so String can share the bytes instead of
// copying them. It is also the output buffer of Join, Map, Replace and
// the Replacer; its capacities after each write are Go's.
package strings

import (
	"unicode/utf8"
	"unsafe"
)

// A Builder's zero value is ready to use; once written to, it must not be
// copied (a copy would share, and then overwrite, the bytes of a string
// already handed out).
type Builder struct {
	home *Builder // where the Builder was first written through
	acc  []byte
}

// shareBytes is string(b) without copying b.
func shareBytes(b []byte) string { return *(*string)(unsafe.Pointer(&b)) }

// noescape hides p from escape analysis by making it a number for a moment:
// a Builder remembering its own address must not move to the heap for it
// (Go does the same, issue 23382).
func noescape(p unsafe.Pointer) unsafe.Pointer {
	n := uintptr(p)
	return unsafe.Pointer(n ^ 0)
}

// copyCheck panics if b is a copy of a Builder that was written through.
func (b *Builder) copyCheck() {
	switch b.home {
	case nil:
		b.home = (*Builder)(noescape(unsafe.Pointer(b)))
	case b:
	default:
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String shares the bytes; written out rather than calling shareBytes, so
// that inlining it reports what Go's does (one call inlined, not two).
func (b *Builder) String() string { return *(*string)(unsafe.Pointer(&b.acc)) }

func (b *Builder) Len() int { return len(b.acc) }

func (b *Builder) Cap() int { return cap(b.acc) }

func (b *Builder) Reset() { *b = Builder{} }

// enlarge moves the bytes to an array with room for n more, doubling the
// old capacity on top (an explicit make, so the capacity is exact).
func (b *Builder) enlarge(n int) {
	bigger := make([]byte, len(b.acc), n+2*cap(b.acc))
	copy(bigger, b.acc)
	b.acc = bigger
}

func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if n > cap(b.acc)-len(b.acc) {
		b.enlarge(n)
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.acc = append(b.acc, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.acc = append(b.acc, c)
	return nil
}

// WriteRune makes room for a whole UTFMax at once, as Go's does, which is
// what its capacities show.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	if r >= 0 && r < utf8.RuneSelf {
		b.acc = append(b.acc, byte(r))
		return 1, nil
	}
	end := len(b.acc)
	if end+utf8.UTFMax > cap(b.acc) {
		b.enlarge(utf8.UTFMax)
	}
	w := utf8.EncodeRune(b.acc[end:end+utf8.UTFMax], r)
	b.acc = b.acc[:end+w]
	return w, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.acc = append(b.acc, s...)
	return len(s), nil
}
