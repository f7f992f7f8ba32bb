// reader.go: bytes.Reader, a read-only cursor over a byte slice (unlike a
// Buffer it never consumes its data, and it can seek). It hands out the
// slice's bytes through io's interfaces with Go's errors and edge cases.
package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader reads from a byte slice; its zero value reads an empty one.
type Reader struct {
	s     []byte
	at    int64 // next byte to read; may lie past the end after Seek
	runed int   // where the rune last read began, -1 when UnreadRune may not undo
}

// fault is the error of a misuse, named after the method.
func fault(what string) error { return errors.New("bytes.Reader." + what) }

func NewReader(b []byte) *Reader { return &Reader{s: b, runed: -1} }

// left is what remains unread (nothing once the cursor is past the end).
func (r *Reader) left() int64 {
	if d := int64(len(r.s)) - r.at; d > 0 {
		return d
	}
	return 0
}

func (r *Reader) Len() int { return int(r.left()) }

func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read leaves an earlier ReadRune undoable when it only reports EOF, as
// Go's does.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.left() == 0 {
		return 0, io.EOF
	}
	r.runed = -1
	n = copy(b, r.s[r.at:])
	r.at += int64(n)
	return n, nil
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	switch {
	case off < 0:
		return 0, fault("ReadAt: negative offset")
	case off >= int64(len(r.s)):
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n == len(b) {
		return n, nil
	}
	return n, io.EOF
}

func (r *Reader) ReadByte() (byte, error) {
	r.runed = -1
	if r.left() == 0 {
		return 0, io.EOF
	}
	r.at++
	return r.s[r.at-1], nil
}

func (r *Reader) UnreadByte() error {
	if r.at <= 0 {
		return fault("UnreadByte: at beginning of slice")
	}
	r.runed = -1
	r.at--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	r.runed = -1
	if r.left() == 0 {
		return 0, 0, io.EOF
	}
	r.runed = int(r.at)
	ch, size = rune(r.s[r.at]), 1
	if ch >= utf8.RuneSelf {
		ch, size = utf8.DecodeRune(r.s[r.at:])
	}
	r.at += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.at <= 0 {
		return fault("UnreadRune: at beginning of slice")
	}
	if r.runed < 0 {
		return fault("UnreadRune: previous operation was not ReadRune")
	}
	r.at, r.runed = int64(r.runed), -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.runed = -1
	base := int64(0)
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		base = r.at
	case io.SeekEnd:
		base = int64(len(r.s))
	default:
		return 0, fault("Seek: invalid whence")
	}
	if base+offset < 0 {
		return 0, fault("Seek: negative position")
	}
	r.at = base + offset
	return r.at, nil
}

// WriteTo hands the unread rest to w in one write.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.runed = -1
	if r.left() == 0 {
		return 0, nil
	}
	rest := r.s[r.at:]
	done, err := w.Write(rest)
	if done > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.at += int64(done)
	if done < len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(done), err
}

func (r *Reader) Reset(b []byte) { *r = Reader{s: b, runed: -1} }
