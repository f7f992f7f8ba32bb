// Package io: the interfaces every reader and writer of the other packages
// implements, the errors they return (EOF first), and the helpers that
// move bytes between them: Copy and its variants, ReadAll, ReadFull,
// ReadAtLeast, WriteString, LimitReader, Discard and NopCloser.
// MultiReader, MultiWriter and TeeReader are in multi.go. Pipe and
// SectionReader are not there yet.
package io

import "errors"

// Where Seek counts its offset from.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

// The errors are errors.New values, as in Go, so that %T and %#v print
// them alike; their texts are Go's.
var (
	EOF              = errors.New("EOF")
	ErrUnexpectedEOF = errors.New("unexpected EOF")
	ErrShortBuffer   = errors.New("short buffer")
	ErrShortWrite    = errors.New("short write")
	ErrNoProgress    = errors.New("multiple Read calls return no data or error")

	// A Write that claims more than it was given, or less than nothing.
	errInvalidWrite = errors.New("invalid write result")
)

// The interfaces. Their parameter names are part of what gc prints about
// them (want Read(p []byte) ...), so they are Go's.
type (
	Reader interface {
		Read(p []byte) (n int, err error)
	}
	Writer interface {
		Write(p []byte) (n int, err error)
	}
	Closer interface{ Close() error }
	Seeker interface {
		Seek(offset int64, whence int) (int64, error)
	}
	ReaderFrom interface {
		ReadFrom(r Reader) (n int64, err error)
	}
	WriterTo interface {
		WriteTo(w Writer) (n int64, err error)
	}
	ReaderAt interface {
		ReadAt(p []byte, off int64) (n int, err error)
	}
	WriterAt interface {
		WriteAt(p []byte, off int64) (n int, err error)
	}
	ByteReader interface{ ReadByte() (byte, error) }
	ByteWriter interface{ WriteByte(c byte) error }
	RuneReader interface {
		ReadRune() (r rune, size int, err error)
	}
	StringWriter interface {
		WriteString(s string) (n int, err error)
	}

	ByteScanner interface {
		ByteReader
		UnreadByte() error
	}
	RuneScanner interface {
		RuneReader
		UnreadRune() error
	}

	ReadWriter interface {
		Reader
		Writer
	}
	ReadCloser interface {
		Reader
		Closer
	}
	WriteCloser interface {
		Writer
		Closer
	}
	ReadWriteCloser interface {
		Reader
		Writer
		Closer
	}
	ReadSeeker interface {
		Reader
		Seeker
	}
	ReadSeekCloser interface {
		Reader
		Seeker
		Closer
	}
	WriteSeeker interface {
		Writer
		Seeker
	}
	ReadWriteSeeker interface {
		Reader
		Writer
		Seeker
	}
)

// WriteString uses w's own WriteString when it has one, so that the
// string need not be copied; else one Write of its bytes.
func WriteString(w Writer, s string) (n int, err error) {
	if direct, ok := w.(StringWriter); ok {
		return direct.WriteString(s)
	}
	bytes := []byte(s)
	return w.Write(bytes)
}

// ReadAtLeast reads until buf holds min bytes. Falling short is reported
// as the reader's error, except that an EOF after some bytes becomes
// ErrUnexpectedEOF; reaching min forgives any error of the last read.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for n < min {
		got, rerr := r.Read(buf[n:])
		n += got
		if rerr == nil {
			continue
		}
		switch {
		case n >= min:
			return n, nil
		case n > 0 && rerr == EOF:
			return n, ErrUnexpectedEOF
		}
		return n, rerr
	}
	return n, nil
}

// ReadFull fills buf completely: ReadAtLeast with min = len(buf).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies exactly n bytes, and says EOF if src had fewer.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	limited := &LimitedReader{R: src, N: n}
	written, err = Copy(dst, limited)
	if written == n {
		return n, nil
	}
	if err == nil && written < n {
		// The limit was not reached, so src ended first.
		err = EOF
	}
	return written, err
}

// Copy moves everything from src to dst; EOF ends it without an error.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return pump(dst, src, nil)
}

// CopyBuffer is Copy staging through buf instead of a buffer of its own
// (when neither side can do the copy itself).
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if len(buf) == 0 && buf != nil {
		panic("empty buffer in CopyBuffer")
	}
	return pump(dst, src, buf)
}

// pump is Copy's engine. A source that can write itself out (WriterTo),
// or else a destination that can read for itself (ReaderFrom), does the
// whole job; otherwise bytes go through buf, one Read and one Write at a
// time, and the first failure on either side stops it.
func pump(dst Writer, src Reader, buf []byte) (int64, error) {
	if self, ok := src.(WriterTo); ok {
		return self.WriteTo(dst)
	}
	if self, ok := dst.(ReaderFrom); ok {
		return self.ReadFrom(src)
	}
	if buf == nil {
		buf = make([]byte, stagingSize(src))
	}
	var total int64
	for {
		got, rerr := src.Read(buf)
		if got > 0 {
			put, werr := dst.Write(buf[:got])
			if put < 0 || put > got {
				put = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			total += int64(put)
			if werr != nil {
				return total, werr
			}
			if put < got {
				return total, ErrShortWrite
			}
		}
		if rerr == EOF {
			return total, nil
		}
		if rerr != nil {
			return total, rerr
		}
	}
}

// stagingSize is 32 KiB, or what a LimitedReader has left if that is less
// (at least one byte).
func stagingSize(src Reader) int {
	const full = 32 << 10
	lr, ok := src.(*LimitedReader)
	switch {
	case !ok || lr.N >= full:
		return full
	case lr.N < 1:
		return 1
	}
	return int(lr.N)
}

// LimitReader ends r with EOF after n bytes.
func LimitReader(r Reader, n int64) Reader {
	return &LimitedReader{R: r, N: n}
}

// LimitedReader passes on reads of R while N, the bytes still allowed,
// is positive.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if l.N < int64(len(p)) {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// Discard swallows every write. Its type's name shows through %T, so it
// is Go's.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// sinkBuf receives what discard.ReadFrom throws away. Its bytes are never
// looked at, so every call, even from several goroutines, shares it.
var sinkBuf [8 << 10]byte

// ReadFrom drains r in 8 KiB reads: Copy to Discard comes here.
func (discard) ReadFrom(r Reader) (n int64, err error) {
	for {
		got, rerr := r.Read(sinkBuf[:])
		n += int64(got)
		if rerr == EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// ReadAll reads r to its end. The buffer starts at 512 bytes and grows as
// append grows it, so the sizes Read sees are Go's.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		got, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+got]
		if err == EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// NopCloser adds a Close that does nothing. The result keeps r's WriteTo
// when r has one, so Copy stays as fast; the two types' names are Go's.
func NopCloser(r Reader) ReadCloser {
	if _, fast := r.(WriterTo); fast {
		return nopCloserWriterTo{Reader: r}
	}
	return nopCloser{Reader: r}
}

type nopCloser struct{ Reader }

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct{ Reader }

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	inner := c.Reader.(WriterTo)
	return inner.WriteTo(w)
}
