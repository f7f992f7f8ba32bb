// Package bufio puts a buffer between a program and an io.Reader (Reader)
// or an io.Writer (Writer), so that many small reads and writes become a
// few large ones. What reaches the underlying reader and writer (how many
// calls, of which sizes), the errors and the corner cases are Go 1.19's,
// since programs can see them. The Scanner is in scan.go.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// Both buffers are a page unless asked otherwise.
const pageSize = 4096

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")

	// Panics, for readers and writers that claim negative counts.
	errNegativeRead  = errors.New("bufio: reader returned negative count from Read")
	errNegativeWrite = errors.New("bufio: writer returned negative count from Write")
)

const (
	smallestReader = 16
	// Reads that bring neither bytes nor an error, in a row, after which
	// the reader is given up as broken (io.ErrNoProgress).
	emptyReadLimit = 100
)

// Reader: buf[r:w] is read from rd but not yet handed out; err is rd's
// last error, held back until those bytes are gone. lastByte (or -1) and
// lastRuneSize (or -1) are what UnreadByte and UnreadRune may undo. The
// fields are Go's, in Go's order, since %v shows them.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error
	lastByte     int
	lastRuneSize int
}

// NewReaderSize reuses rd when it is a Reader with at least size bytes of
// buffer; sizes under 16 are raised to 16.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if have, ok := rd.(*Reader); ok && len(have.buf) >= size {
		return have
	}
	if size < smallestReader {
		size = smallestReader
	}
	b := new(Reader)
	b.reset(make([]byte, size), rd)
	return b
}

func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, pageSize)
}

func (b *Reader) Size() int { return len(b.buf) }

func (b *Reader) Buffered() int { return b.w - b.r }

// Reset drops what is buffered and reads from r; a zero Reader gets its
// buffer here.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, pageSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill slides the unread bytes to the front and reads once into the space
// after them. Reads that bring nothing are tried again, up to a limit.
func (b *Reader) fill() {
	if b.r > 0 {
		b.w = copy(b.buf, b.buf[b.r:b.w])
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for try := 0; try < emptyReadLimit; try++ {
		got, err := b.rd.Read(b.buf[b.w:])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.w += got
		if err != nil {
			b.err = err
			return
		}
		if got > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// pending is the buffered data not yet handed out.
func (b *Reader) pending() []byte { return b.buf[b.r:b.w] }

// readErr hands out the held error, once.
func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// noUndo is the state after anything that is not a read: neither
// UnreadByte nor UnreadRune will work.
func (b *Reader) noUndo() {
	b.lastByte, b.lastRuneSize = -1, -1
}

// took hands out the next n buffered bytes as a slice of the buffer,
// remembering the last of them for UnreadByte.
func (b *Reader) took(n int) []byte {
	p := b.buf[b.r : b.r+n]
	b.r += n
	if n > 0 {
		b.lastByte, b.lastRuneSize = int(p[n-1]), -1
	}
	return p
}

// Peek shows the next n bytes without consuming them. Fewer come with the
// reason: the reader's error, or ErrBufferFull when n exceeds the buffer
// (or the reader gave up filling it).
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.noUndo()
	for b.Buffered() < n && b.Buffered() < len(b.buf) && b.err == nil {
		b.fill()
	}
	have := b.pending()
	switch {
	case n > len(b.buf):
		return have, ErrBufferFull
	case n <= len(have):
		return have[:n], nil
	}
	err := b.readErr()
	if err == nil {
		err = ErrBufferFull
	}
	return have, err
}

// Discard skips n bytes, reading as needed; short only with an error.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.noUndo()
	left := n
	for {
		if b.Buffered() == 0 {
			b.fill()
		}
		skip := b.Buffered()
		if skip > left {
			skip = left
		}
		b.r += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.readErr()
		}
	}
}

// Read makes at most one Read of rd: from the buffer when it holds
// something; else straight into p when p is at least as large as the
// buffer; else into the emptied buffer.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= b.Size() {
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte, b.lastRuneSize = int(p[n-1]), -1
			}
			return n, b.readErr()
		}
		b.r, b.w = 0, 0
		got, rerr := b.rd.Read(b.buf)
		if got < 0 {
			panic(errNegativeRead)
		}
		b.w, b.err = got, rerr
		if got == 0 {
			return 0, b.readErr()
		}
	}
	return len(b.took(copy(p, b.pending()))), nil
}

func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	return b.took(1)[0], nil
}

// UnreadByte puts back the last byte read. With the buffer empty (a large
// Read went around it), that byte becomes its only content.
func (b *Reader) UnreadByte() error {
	last := b.lastByte
	switch {
	case last >= 0 && b.r > 0:
		b.r--
	case last >= 0 && b.w == 0:
		b.w = 1
	default:
		// Nothing read, or the byte was slid away by a fill.
		return ErrInvalidUnreadByte
	}
	b.buf[b.r] = byte(last)
	b.noUndo()
	return nil
}

// ReadRune decodes one UTF-8 rune; an invalid byte is U+FFFD of size 1.
// It first reads until a whole rune is buffered, or no more can come.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.Buffered() < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	if c := b.buf[b.r]; c < utf8.RuneSelf {
		r, size = rune(c), 1
	} else {
		r, size = utf8.DecodeRune(b.pending())
	}
	b.took(size)
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune undoes a ReadRune that was the last call, if its bytes are
// still in the buffer.
func (b *Reader) UnreadRune() error {
	size := b.lastRuneSize
	if size < 0 || size > b.r {
		return ErrInvalidUnreadRune
	}
	b.r -= size
	b.noUndo()
	return nil
}

// ReadSlice returns the bytes up to and including delim as a slice of
// the buffer (valid until the next read). Without delim: everything
// buffered and the reader's error, or the full buffer and ErrBufferFull.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	checked := 0 // leading bytes of the buffered data known to lack delim
	for {
		if i := bytes.IndexByte(b.buf[b.r+checked:b.w], delim); i >= 0 {
			return b.took(checked + i + 1), nil
		}
		if b.err != nil {
			line = b.took(b.Buffered())
			return line, b.readErr()
		}
		if full := b.Size(); b.Buffered() == full {
			return b.took(full), ErrBufferFull
		}
		checked = b.Buffered()
		b.fill()
	}
}

// ReadLine returns a line without its "\n" or "\r\n". A line longer than
// the buffer comes in pieces, all but the last with isPrefix set. A line
// or an error, never both.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	switch line, err = b.ReadSlice('\n'); {
	case err == ErrBufferFull:
		// A '\r' at the end may be half of a "\r\n": left for the next
		// call to see.
		if last := len(line) - 1; last >= 0 && line[last] == '\r' {
			b.r--
			line = line[:last]
		}
		return line, true, nil
	case len(line) == 0:
		// Only an error comes without bytes.
		return nil, false, err
	}
	end := len(line)
	if line[end-1] == '\n' {
		end--
		if end > 0 && line[end-1] == '\r' {
			end--
		}
	}
	return line[:end], false, nil
}

// upTo reads through delim without ReadSlice's limit: head holds copies of
// the full buffers met on the way, tail is the rest, still in the buffer.
func (b *Reader) upTo(delim byte) (head, tail []byte, err error) {
	for {
		tail, err = b.ReadSlice(delim)
		if err != ErrBufferFull {
			return head, tail, err
		}
		head = append(head, tail...)
	}
}

// ReadBytes is ReadSlice into a new slice of its own, of any length.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	head, tail, err := b.upTo(delim)
	out := make([]byte, len(head)+len(tail))
	copy(out[copy(out, head):], tail)
	return out, err
}

// ReadString is ReadBytes as a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	head, tail, err := b.upTo(delim)
	if head == nil {
		return string(tail), err
	}
	return string(append(head, tail...)), err
}

// WriteTo empties the buffer into w, then lets rd's WriteTo or w's
// ReadFrom move the rest if either exists; else it goes through the
// buffer, one fill and one write at a time.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.noUndo()
	if n, err = b.flushTo(w); err != nil {
		return n, err
	}
	if src, ok := b.rd.(io.WriterTo); ok {
		more, err := src.WriteTo(w)
		return n + more, err
	}
	if dst, ok := w.(io.ReaderFrom); ok {
		more, err := dst.ReadFrom(b.rd)
		return n + more, err
	}
	if b.Buffered() < len(b.buf) {
		b.fill()
	}
	for b.Buffered() > 0 {
		more, err := b.flushTo(w)
		n += more
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.readErr()
}

// flushTo writes the buffered bytes to w, consuming what w accepted.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	put, err := w.Write(b.buf[b.r:b.w])
	if put < 0 {
		panic(errNegativeWrite)
	}
	b.r += put
	return int64(put), err
}

// Writer: buf[:n] waits to be written to wr. The first error wr returns
// is kept in err and ends all writing (Reset clears it). Fields as Go's.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

// NewWriterSize reuses w when it is a Writer with at least size bytes of
// buffer; a size of zero or less means the default.
func NewWriterSize(w io.Writer, size int) *Writer {
	if have, ok := w.(*Writer); ok && len(have.buf) >= size {
		return have
	}
	if size <= 0 {
		size = pageSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, pageSize)
}

func (b *Writer) Size() int { return len(b.buf) }

func (b *Writer) Buffered() int { return b.n }

func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer is the free part of the buffer, empty, to append to.
func (b *Writer) AvailableBuffer() []byte {
	return b.buf[b.n:][:0]
}

// Reset forgets what is buffered and any error, and writes to w; a zero
// Writer gets its buffer here.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, pageSize)
	}
	b.err, b.n, b.wr = nil, 0, w
}

// Flush writes the buffer out. After a short or failed write, the bytes
// not taken stay at the front of the buffer and the error sticks.
func (b *Writer) Flush() error {
	if b.err != nil || b.n == 0 {
		return b.err
	}
	put, err := b.wr.Write(b.buf[:b.n])
	if err == nil && put < b.n {
		err = io.ErrShortWrite
	}
	if err == nil {
		b.n = 0
		return nil
	}
	if put > 0 && put < b.n {
		copy(b.buf, b.buf[put:b.n])
	}
	b.n -= put
	b.err = err
	return err
}

// Write buffers p. What does not fit is written straight to wr when
// nothing is buffered, else it tops up the buffer, which is flushed.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for b.err == nil {
		if len(p) <= b.Available() {
			b.n += copy(b.buf[b.n:], p)
			return nn + len(p), nil
		}
		var n int
		if b.n == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	return nn, b.err
}

// WriteString is Write for a string; the straight write, when wr has a
// WriteString of its own, passes the string without copying it.
func (b *Writer) WriteString(s string) (int, error) {
	done := 0
	for b.err == nil {
		if len(s) <= b.Available() {
			b.n += copy(b.buf[b.n:], s)
			return done + len(s), nil
		}
		var n int
		direct, hasDirect := b.wr.(io.StringWriter)
		if b.n == 0 && hasDirect {
			n, b.err = direct.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		done += n
		s = s[n:]
	}
	return done, b.err
}

func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.n >= len(b.buf) {
		if err := b.Flush(); err != nil {
			return err
		}
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes r's UTF-8 form (U+FFFD's for an invalid r).
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if err := b.Flush(); err != nil {
			return 0, err
		}
		if b.Available() < utf8.UTFMax {
			// A buffer too small for any rune.
			return b.WriteString(string(r))
		}
	}
	free := b.buf[b.n:]
	size = utf8.EncodeRune(free, r)
	b.n += size
	return size, nil
}

// ReadFrom reads r into the buffer, flushing it whenever full. When wr has
// a ReadFrom of its own, it takes over as soon as the buffer is empty.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	dst, hasReadFrom := b.wr.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if hasReadFrom && b.n == 0 {
			more, rerr := dst.ReadFrom(r)
			b.err = rerr
			return n + more, rerr
		}
		got := 0
		empty := 0
		for {
			got, err = r.Read(b.buf[b.n:])
			if got != 0 || err != nil {
				break
			}
			if empty++; empty == emptyReadLimit {
				return n, io.ErrNoProgress
			}
		}
		b.n += got
		n += int64(got)
		if err != nil {
			break
		}
	}
	if err != io.EOF {
		return n, err
	}
	// A buffer filled to the brim at EOF goes out now.
	if b.Available() == 0 {
		return n, b.Flush()
	}
	return n, nil
}

// ReadWriter joins a Reader and a Writer into an io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
