// buffer.go: bytes.Buffer, a byte queue written at its end and read from
// its front, with the io interfaces on both sides. Its capacity after
// each operation shows through Cap, so it grows by Go's rules (regrow),
// and what UnreadByte and UnreadRune may undo follows Go's too.
package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Buffer's zero value is an empty buffer ready for use.
type Buffer struct {
	data []byte // data[head:] is unread; writing appends to data
	head int
	undo int // undoNone, undoByte, or the width of the rune just read
}

// What an Unread may take back.
const (
	undoByte = -1 // the last byte of a read
	undoNone = 0
)

// The first array a small write to an empty Buffer gets.
const firstSize = 64

const MinRead = 512

var ErrTooLarge = errors.New("bytes.Buffer: too large")

// One value, as in Go (UnreadRune's error is made afresh each time).
var errNoUnread = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

func NewBuffer(buf []byte) *Buffer { return &Buffer{data: buf} }

func NewBufferString(s string) *Buffer { return &Buffer{data: []byte(s)} }

func (b *Buffer) Bytes() []byte { return b.data[b.head:] }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>" // as Go's, for the sake of fmt with a nil *Buffer
	}
	return string(b.data[b.head:])
}

func (b *Buffer) Len() int { return len(b.data) - b.head }

func (b *Buffer) Cap() int { return cap(b.data) }

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.undo = undoNone
	if n > b.Len() || n < 0 {
		panic("bytes.Buffer: truncation out of range")
	}
	b.data = b.data[:b.head+n]
}

// Reset keeps the array for later writes.
func (b *Buffer) Reset() {
	b.data, b.head, b.undo = b.data[:0], 0, undoNone
}

// room lengthens data by n bytes to be written and returns where they
// start: in place when the array has the room, else through regrow.
func (b *Buffer) room(n int) int {
	end := len(b.data)
	if n <= cap(b.data)-end {
		b.data = b.data[:end+n]
		return end
	}
	return b.regrow(n)
}

// regrow is room the long way, the way Go's Buffer grows: an emptied
// buffer starts again at its front; a first small write gets firstSize
// bytes; the unread bytes slide down to the front when the array stays at
// most half full; otherwise they move to a new array of at least twice
// the capacity. Grow and ReadFrom come here directly.
func (b *Buffer) regrow(n int) int {
	unread := b.Len()
	if unread == 0 && b.head > 0 {
		b.Reset()
	}
	if end := len(b.data); n <= cap(b.data)-end {
		b.data = b.data[:end+n]
		return end
	}
	if b.data == nil && n <= firstSize {
		b.data = make([]byte, n, firstSize)
		return 0
	}
	size := cap(b.data)
	switch {
	case unread+n <= size/2:
		copy(b.data, b.data[b.head:])
	case size > int(^uint(0)>>1)-size-n:
		panic(ErrTooLarge)
	default:
		b.data = moveTo(b.data[b.head:], b.head+n)
	}
	b.head = 0
	b.data = b.data[:unread+n]
	return unread
}

// moveTo copies b into a new array with room for more bytes beyond it, at
// least twice cap(b), rounded up to an allocation size as append does. An
// allocation too large to make is ErrTooLarge.
func moveTo(b []byte, more int) []byte {
	defer func() {
		if recover() != nil {
			panic(ErrTooLarge)
		}
	}()
	want := 2 * cap(b)
	if len(b)+more > want {
		want = len(b) + more
	}
	fresh := append([]byte(nil), make([]byte, want)...)
	return fresh[:copy(fresh, b)]
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	b.data = b.data[:b.regrow(n)]
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.undo = undoNone
	return copy(b.data[b.room(len(p)):], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.undo = undoNone
	return copy(b.data[b.room(len(s)):], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.undo = undoNone
	b.data[b.room(1)] = c
	return nil
}

// WriteRune asks for UTFMax bytes whatever the rune, as Go's does.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.undo = undoNone
	at := b.room(utf8.UTFMax)
	n = utf8.EncodeRune(b.data[at:], r)
	b.data = b.data[:at+n]
	return n, nil
}

// ReadFrom reads into the spare capacity, at least MinRead bytes of it.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.undo = undoNone
	for {
		end := b.regrow(MinRead)
		b.data = b.data[:end]
		got, e := r.Read(b.data[end:cap(b.data)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.data = b.data[:end+got]
		n += int64(got)
		if e != nil {
			if e == io.EOF {
				e = nil
			}
			return n, e
		}
	}
}

func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.undo = undoNone
	if unread := b.Len(); unread > 0 {
		done, e := w.Write(b.data[b.head:])
		if done > unread {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.head += done
		n = int64(done)
		switch {
		case e != nil:
			return n, e
		case done < unread:
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read on an empty buffer resets it (and so forgets what could be undone).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.undo = undoNone
	if b.Len() <= 0 {
		b.Reset()
		if len(p) > 0 {
			err = io.EOF
		}
		return 0, err
	}
	n = copy(p, b.data[b.head:])
	b.head += n
	if n > 0 {
		b.undo = undoByte
	}
	return n, nil
}

// Next's slice shares the buffer's array.
func (b *Buffer) Next(n int) []byte {
	b.undo = undoNone
	if unread := b.Len(); n > unread {
		n = unread
	}
	next := b.data[b.head : b.head+n]
	b.head += n
	if n > 0 {
		b.undo = undoByte
	}
	return next
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, io.EOF
	}
	b.head++
	b.undo = undoByte
	return b.data[b.head-1], nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = rune(b.data[b.head]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.data[b.head:])
	}
	b.head += size
	b.undo = size
	return r, size, nil
}

func (b *Buffer) UnreadRune() error {
	if b.undo <= undoNone {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.head >= b.undo {
		b.head -= b.undo
	}
	b.undo = undoNone
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.undo == undoNone {
		return errNoUnread
	}
	b.undo = undoNone
	if b.head > 0 {
		b.head--
	}
	return nil
}

// upTo consumes the bytes up to and including delim (all of them, with
// io.EOF, when there is none) and returns them in place. Even an empty
// result counts as a read that UnreadByte may undo, as in Go.
func (b *Buffer) upTo(delim byte) (part []byte, err error) {
	end := len(b.data)
	if k := IndexByte(b.data[b.head:], delim); k >= 0 {
		end = b.head + k + 1
	} else {
		err = io.EOF
	}
	part = b.data[b.head:end]
	b.head, b.undo = end, undoByte
	return part, err
}

// ReadBytes returns a copy, nil when there was nothing left.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	part, err := b.upTo(delim)
	return append(line, part...), err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	part, err := b.upTo(delim)
	return string(part), err
}
