// run

// bufio's observable details beyond std_bufio.go and std_bufio_scan.go: the
// buffer sizes the Scanner, Reader and Writer hand to Read and Write, the
// Scanner's growth with and without Buffer, a Read returning data and EOF
// together, an impossible read count, tokens after ErrFinalToken, and the
// Reader's and Writer's state after errors.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// src records the length of every buffer Read is given and serves s,
// at most step bytes a call, with EOF alongside the last bytes if eofWith.
type src struct {
	s       string
	step    int
	eofWith bool
	seen    []int
}

func (r *src) Read(p []byte) (int, error) {
	r.seen = append(r.seen, len(p))
	if r.s == "" {
		return 0, io.EOF
	}
	n := len(p)
	if n > r.step {
		n = r.step
	}
	n = copy(p[:n], r.s)
	r.s = r.s[n:]
	if r.eofWith && r.s == "" {
		return n, io.EOF
	}
	return n, nil
}

// liar claims to have read more than it was given.
type liar struct{}

func (liar) Read(p []byte) (int, error) { return len(p) + 1, nil }

// negative claims a negative count.
type negative struct{}

func (negative) Read(p []byte) (int, error) { return -1, nil }

// sink records the length of every Write, failing after limit bytes.
type sink struct {
	limit int
	seen  []int
	got   []byte
}

var errSink = errors.New("sink full")

func (w *sink) Write(p []byte) (int, error) {
	w.seen = append(w.seen, len(p))
	if w.limit >= 0 && len(w.got)+len(p) > w.limit {
		n := w.limit - len(w.got)
		w.got = append(w.got, p[:n]...)
		return n, errSink
	}
	w.got = append(w.got, p...)
	return len(p), nil
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func scan(name string, s *bufio.Scanner) {
	var toks []string
	for s.Scan() {
		toks = append(toks, s.Text())
	}
	fmt.Printf("%s: %d tokens, last %q, err %v\n", name, len(toks), last(toks), s.Err())
}

func last(t []string) string {
	if len(t) == 0 {
		return ""
	}
	if len(t[len(t)-1]) > 20 {
		return fmt.Sprint(len(t[len(t)-1]), " bytes")
	}
	return t[len(t)-1]
}

func main() {
	fmt.Println("== Scanner read sizes")
	r := &src{s: strings.Repeat("x", 20000) + "\nend", step: 1 << 30}
	scan("growth", bufio.NewScanner(r))
	fmt.Println(r.seen)
	r = &src{s: "a\nb\nc\n" + strings.Repeat("y", 5000), step: 3000}
	scan("sliding", bufio.NewScanner(r))
	fmt.Println(r.seen)
	r = &src{s: "one two\nthree", step: 1 << 30, eofWith: true}
	scan("data with EOF", bufio.NewScanner(r))
	fmt.Println(r.seen)
	r = &src{s: strings.Repeat("z", 100), step: 1 << 30}
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 10, 30), 50)
	scan("Buffer cap 30 max 50", s)
	fmt.Println(r.seen)
	r = &src{s: strings.Repeat("z", 100), step: 1 << 30}
	s = bufio.NewScanner(r)
	s.Buffer(make([]byte, 64), 10)
	scan("Buffer bigger than max", s)
	fmt.Println(r.seen)
	r = &src{s: strings.Repeat("w", 7) + "\n", step: 1 << 30}
	s = bufio.NewScanner(r)
	s.Buffer(nil, 3)
	scan("Buffer nil max 3", s)
	fmt.Println(r.seen)
	r = &src{s: "ab\n", step: 1 << 30}
	s = bufio.NewScanner(r)
	s.Buffer(nil, 0)
	scan("Buffer nil max 0", s)
	fmt.Println(r.seen)

	fmt.Println("== Scanner errors")
	scan("liar", bufio.NewScanner(liar{}))
	scan("negative", bufio.NewScanner(negative{}))
	s = bufio.NewScanner(strings.NewReader("a b c d"))
	n := 0
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if tok != nil {
			n++
			if n == 2 {
				return adv, tok, bufio.ErrFinalToken
			}
		}
		return adv, tok, err
	})
	scan("final second", s)
	fmt.Println(s.Scan(), s.Err(), n)
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, bufio.ErrFinalToken
	})
	scan("final nil token", s)
	s = bufio.NewScanner(strings.NewReader("12345"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if !atEOF {
			return 0, nil, nil
		}
		return len(data), data, io.ErrUnexpectedEOF
	})
	scan("error at EOF", s)
	s = bufio.NewScanner(strings.NewReader("a b c"))
	calls := 0
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		calls++
		if calls == 2 {
			return 0, nil, errors.New("boom")
		}
		return adv, tok, err
	})
	fmt.Println(s.Scan(), s.Text(), s.Scan(), s.Text(), s.Err(), s.Scan(), s.Text(), s.Scan(), s.Err())
	s = bufio.NewScanner(strings.NewReader("ab\n" + strings.Repeat("x", 100)))
	s.Buffer(nil, 10)
	fmt.Println(s.Scan(), s.Text(), s.Scan(), s.Text(), s.Err())
	s = bufio.NewScanner(strings.NewReader("x"))
	s.Split(bufio.ScanRunes)
	fmt.Println(s.Scan(), s.Text(), s.Scan(), s.Text() == "", s.Bytes() == nil, s.Scan())
	try("too many empty tokens", func() {
		s := bufio.NewScanner(strings.NewReader("abc"))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			if atEOF && len(data) == 0 {
				return 0, []byte{}, nil
			}
			return 1, data[:1], nil
		})
		k := 0
		for s.Scan() {
			k++
		}
		fmt.Println("never", k)
	})
	for _, in := range []string{"\r", "\r\n", "a\r\r\n", "\n\r", "x\r"} {
		s = bufio.NewScanner(strings.NewReader(in))
		var toks []string
		for s.Scan() {
			toks = append(toks, s.Text())
		}
		fmt.Printf("%q -> %q\n", in, toks)
	}
	for _, in := range []string{"\xff", "\xe2\x82", "\xe2\x82\xac\xe2", "\xf4\x90\x80\x80", "\xed\xa0\x80"} {
		s = bufio.NewScanner(strings.NewReader(in))
		s.Split(bufio.ScanRunes)
		var toks []string
		for s.Scan() {
			toks = append(toks, s.Text())
		}
		fmt.Printf("%q -> %q\n", in, toks)
	}

	fmt.Println("== Reader read sizes")
	r = &src{s: strings.Repeat("r", 50), step: 1 << 30}
	br := bufio.NewReaderSize(r, 16)
	p := make([]byte, 5)
	br.Read(p)
	br.Read(make([]byte, 20))
	br.ReadByte()
	br.Peek(16)
	fmt.Println(r.seen, br.Buffered())
	r = &src{s: "abc", step: 1 << 30, eofWith: true}
	br = bufio.NewReaderSize(r, 16)
	b, err := br.Peek(5)
	fmt.Printf("%q %v %v\n", b, err, r.seen)
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v %v\n", line, err, r.seen)
	line, err = br.ReadString('\n')
	fmt.Printf("%q %v %v\n", line, err, r.seen)
	br = bufio.NewReader(strings.NewReader("é"))
	br.ReadRune()
	b, err = br.ReadSlice('\n')
	fmt.Println(b, err, br.UnreadRune(), br.UnreadByte(), br.Buffered())
	fmt.Printf("%+v\n", *bufio.NewWriterSize(nil, 2))
	try("negative read", func() {
		bufio.NewReader(negative{}).ReadByte()
	})
	r = &src{s: "héllo\nwörld", step: 1}
	br = bufio.NewReaderSize(r, 16)
	l1, p1, e1 := br.ReadLine()
	l2, p2, e2 := br.ReadLine()
	l3, p3, e3 := br.ReadLine()
	fmt.Printf("%q %v %v / %q %v %v / %q %v %v\n", l1, p1, e1, l2, p2, e2, l3, p3, e3)

	fmt.Println("== Writer write sizes")
	w := &sink{limit: -1}
	bw := bufio.NewWriterSize(w, 8)
	bw.WriteString("abcde")
	bw.WriteString("fghij")
	bw.Write([]byte("0123456789012345678"))
	bw.WriteByte('!')
	fmt.Println(w.seen, bw.Buffered(), bw.Available())
	bw.Flush()
	fmt.Println(w.seen, bw.Buffered(), bw.Available(), string(w.got))
	w = &sink{limit: 10}
	bw = bufio.NewWriterSize(w, 8)
	k, err := bw.WriteString("0123456789abcdef")
	fmt.Println(k, err, w.seen, bw.Buffered(), string(w.got))
	k, err = bw.Write([]byte("more"))
	fmt.Println(k, err, bw.Buffered(), bw.Available())
	k, err = bw.WriteRune('€')
	fmt.Println(k, err, bw.WriteByte('x'), bw.Flush())
	n64, err := bw.ReadFrom(strings.NewReader("ignored"))
	fmt.Println(n64, err)
	w = &sink{limit: -1}
	bw = bufio.NewWriterSize(w, 8)
	bw.WriteString("abc")
	n64, err = bw.ReadFrom(&src{s: strings.Repeat("q", 20), step: 6})
	fmt.Println(n64, err, w.seen, bw.Buffered())
	bw.Flush()
	fmt.Println(w.seen, len(w.got))
	for _, r := range []rune{'a', 'é', '€', '😀', -1, 0x10FFFF + 1, 0xD800} {
		var sb strings.Builder
		bw := bufio.NewWriterSize(&sb, 16)
		k, err := bw.WriteRune(r)
		bw.Flush()
		fmt.Printf("%d %v %q\n", k, err, sb.String())
	}
}
