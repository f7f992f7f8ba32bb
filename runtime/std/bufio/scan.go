// The Scanner cuts its input into tokens (lines by default; words, runes,
// bytes, or whatever a SplitFunc says). It reads into a buffer that
// starts at 4 KiB and doubles as a token needs it, up to the maximum token
// size (64 KiB unless Buffer says otherwise), past which Scan stops with
// ErrTooLong. Reads, growth and errors happen as in Go 1.19.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// SplitFunc is given the unconsumed input and whether no more will come.
// It returns how far to advance, the token (nil: none yet, read more) and
// an error that ends the scan (ErrFinalToken: after this token, cleanly).
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")
)

const (
	MaxScanTokenSize = 64 << 10

	firstScanBuf = 4096 // the size of the first buffer a Scanner makes
)

// Scanner: buf[start:end] is read but not yet consumed by split. err
// sticks, io.EOF included; empties counts the tokens in a row made at EOF
// without consuming anything. Fields as Go's, in Go's order (%v shows
// them).
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start        int
	end          int
	err          error
	empties      int
	scanCalled   bool
	done         bool
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err is the error that stopped the scan; reaching the end is none.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes is the last token, in the Scanner's buffer: the next Scan may
// overwrite it.
func (s *Scanner) Bytes() []byte { return s.token }

func (s *Scanner) Text() string { return string(s.token) }

// Buffer gives the Scanner its first buffer (all of its capacity is
// used) and the most it may grow to, before the first Scan.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[:cap(buf)]
	s.maxTokenSize = max
}

func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// Scan finds the next token: it offers split what is buffered, and reads
// more while split asks for it. At the end (EOF or an error) split is
// asked once more, with atEOF set, even about an empty buffer. It panics
// when split keeps returning empty tokens at EOF without consuming.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		if s.start < s.end || s.err != nil {
			if over, found := s.offer(); over {
				return found
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		if err := s.readMore(); err != nil {
			s.setErr(err)
		}
	}
}

// offer calls split on the buffered data. over says whether Scan ends
// here, found what it then returns.
func (s *Scanner) offer() (over, found bool) {
	atEOF := s.err != nil
	n, tok, err := s.split(s.buf[s.start:s.end], atEOF)
	switch err {
	case ErrFinalToken:
		s.token, s.done = tok, true
		return true, true
	case nil:
		err = s.consume(n)
	}
	if err != nil {
		s.setErr(err)
		return true, false
	}
	s.token = tok
	if tok == nil {
		return false, false
	}
	if !atEOF || n > 0 {
		s.empties = 0
		return true, true
	}
	// An empty token at EOF that consumed nothing: a split function that
	// does this forever would never let Scan end.
	if s.empties++; s.empties > emptyReadLimit {
		panic("bufio.Scan: too many empty tokens without progressing")
	}
	return true, true
}

// consume drops n bytes from the front of the buffered data, if split's
// count makes sense.
func (s *Scanner) consume(n int) error {
	switch {
	case n < 0:
		return ErrNegativeAdvance
	case n > s.end-s.start:
		return ErrAdvanceTooFar
	}
	s.start += n
	return nil
}

// makeRoom frees space after end: the data slides to the front when the
// buffer is full or more than half consumed, and a buffer still full is
// replaced by one twice as large (the first is 4 KiB), up to the maximum
// token size. At the maximum, the token is too long.
func (s *Scanner) makeRoom() bool {
	size := len(s.buf)
	if s.start > 0 && (s.end == size || s.start > size/2) {
		s.end = copy(s.buf, s.buf[s.start:s.end])
		s.start = 0
	}
	if s.end < size {
		return true
	}
	const largest = int(^uint(0) >> 1)
	if size >= s.maxTokenSize || size > largest/2 {
		s.setErr(ErrTooLong)
		return false
	}
	grown := firstScanBuf
	if size > 0 {
		grown = 2 * size
	}
	if grown > s.maxTokenSize {
		grown = s.maxTokenSize
	}
	bigger := make([]byte, grown)
	s.end = copy(bigger, s.buf[s.start:s.end])
	s.buf, s.start = bigger, 0
	return true
}

// readMore reads once into the free space and returns the error that
// ends the input, if any. Reads that bring nothing are tried again, up to
// a limit; a count outside the space is the reader's fault.
func (s *Scanner) readMore() error {
	free := s.buf[s.end:]
	for tries := 1; ; tries++ {
		got, err := s.r.Read(free)
		if got < 0 || got > len(free) {
			return ErrBadReadCount
		}
		s.end += got
		switch {
		case err != nil:
			return err
		case got > 0:
			s.empties = 0
			return nil
		case tries > emptyReadLimit:
			return io.ErrNoProgress
		}
	}
}

// setErr keeps the first error, except that a later one replaces io.EOF.
func (s *Scanner) setErr(err error) {
	switch s.err {
	case nil, io.EOF:
		s.err = err
	}
}

// The split functions. Each returns no token for no data at EOF.

// noMore is the end of the input: nothing left, nothing to come.
func noMore(data []byte, atEOF bool) bool { return atEOF && len(data) == 0 }

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if noMore(data, atEOF) {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// replacement is U+FFFD in UTF-8, the token for each invalid byte.
var replacement = []byte(string(utf8.RuneError))

// ScanRunes makes a token of each rune. An invalid byte is one token,
// U+FFFD; a rune cut off by the end of the data waits for its rest.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if noMore(data, atEOF) {
		return 0, nil, nil
	}
	switch r, size := utf8.DecodeRune(data); {
	case r != utf8.RuneError || size > 1:
		return size, data[:size], nil
	case !atEOF && !utf8.FullRune(data):
		return 0, nil, nil
	}
	return 1, replacement, nil
}

// ScanLines makes a token of each line, without its "\n" or "\r\n"; a
// last line without a newline counts (with a final '\r' dropped too).
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if noMore(data, atEOF) {
		return 0, nil, nil
	}
	nl := bytes.IndexByte(data, '\n')
	switch {
	case nl >= 0:
		return nl + 1, withoutCR(data[:nl]), nil
	case atEOF:
		return len(data), withoutCR(data), nil
	}
	return 0, nil, nil
}

func withoutCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// ScanWords makes a token of each run of non-space runes (spaces as
// unicode.IsSpace has them). Leading spaces are consumed even while the
// word after them is still incomplete.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start, _ := runEnd(data, 0, true)
	end, spaceWidth := runEnd(data, start, false)
	switch {
	case spaceWidth > 0:
		return end + spaceWidth, data[start:end], nil
	case atEOF && end > start:
		return end, data[start:end], nil
	}
	return start, nil, nil
}

// runEnd scans data from i while its runes are spaces (space) or not
// (!space). It returns where the run stops and the width of the rune
// there, 0 at the end of data. An incomplete rune counts as a non-space.
func runEnd(data []byte, i int, space bool) (end, width int) {
	for i < len(data) {
		r, w := utf8.DecodeRune(data[i:])
		if isSpace(r) != space {
			return i, w
		}
		i += w
	}
	return len(data), 0
}

// isSpace is unicode.IsSpace, without unicode's tables: ASCII's six
// spaces, NEL and NBSP, and Unicode's other White_Space runes.
func isSpace(r rune) bool {
	switch {
	case r == ' ' || '\t' <= r && r <= '\r':
		return true
	case r < 0x85:
		return false
	case 0x2000 <= r && r <= 0x200a:
		return true
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}
