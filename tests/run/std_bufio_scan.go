// run

// bufio.Scanner: ScanLines (\r\n, empty lines, a last line without a
// newline), ScanWords (Unicode spaces), ScanRunes (invalid UTF-8, runes
// split between reads), ScanBytes, custom split functions (ErrFinalToken,
// errors, bad advance counts), the buffer's growth up to
// MaxScanTokenSize and ErrTooLong, Buffer with a small maximum, the panics
// of Buffer and Split after Scan and of endless empty tokens, and a
// scanner over os.Stdin (empty under the runner).
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunked returns at most n bytes per Read.
type chunked struct {
	s string
	n int
}

func (r *chunked) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.s) {
		k = len(r.s)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

// failing returns its data, then an error.
type failing struct{ s string }

func (r *failing) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, errors.New("read failed")
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

// empty returns 0, nil forever.
type empty struct{}

func (empty) Read(p []byte) (int, error) { return 0, nil }

func scanAll(name string, s *bufio.Scanner) {
	fmt.Print(name, ":")
	n := 0
	for s.Scan() {
		fmt.Printf(" %q", s.Text())
		n++
	}
	fmt.Println(" |", n, "tokens, err:", s.Err())
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	inputs := []string{
		"",
		"\n",
		"one line",
		"one\ntwo\n",
		"crlf\r\nlines\r\n\r\nand a lone \r in the middle\r",
		"\n\nblank\n\n",
		"  words  separated\tby\v\fall\u00a0kinds\u2003of\u3000space\u0085here  ",
		"a\xffb 日本語 \xe6\x97",
	}
	for _, in := range inputs {
		fmt.Printf("== %q\n", in)
		scanAll("lines", bufio.NewScanner(strings.NewReader(in)))
		w := bufio.NewScanner(strings.NewReader(in))
		w.Split(bufio.ScanWords)
		scanAll("words", w)
		r := bufio.NewScanner(&chunked{in, 1})
		r.Split(bufio.ScanRunes)
		scanAll("runes", r)
		b := bufio.NewScanner(strings.NewReader(in))
		b.Split(bufio.ScanBytes)
		n := 0
		for b.Scan() {
			n++
		}
		fmt.Println("bytes:", n, b.Err())
	}

	fmt.Println("== split functions called directly")
	for _, in := range []string{"", "abc", "ab\ncd", " x ", "\xe6\x97", "\xe6\x97\xa5"} {
		for _, atEOF := range []bool{false, true} {
			a1, t1, e1 := bufio.ScanLines([]byte(in), atEOF)
			a2, t2, e2 := bufio.ScanWords([]byte(in), atEOF)
			fmt.Printf("%q %v: lines %d %q %v %v, words %d %q %v %v", in, atEOF, a1, t1, t1 == nil, e1, a2, t2, t2 == nil, e2)
			if in != "" {
				a3, t3, e3 := bufio.ScanRunes([]byte(in), atEOF)
				fmt.Printf(", runes %d %q %v", a3, t3, e3)
			}
			fmt.Println()
		}
	}

	fmt.Println("== long lines")
	// Lines longer than the first buffer (4096): the buffer doubles.
	long := strings.Repeat("x", 10000)
	s := bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter\n"))
	for s.Scan() {
		fmt.Println(len(s.Text()), len(s.Bytes()))
	}
	fmt.Println(s.Err())
	// A line of MaxScanTokenSize-1 bytes plus its newline fits exactly.
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize-1) + "\nz\n"))
	for s.Scan() {
		fmt.Println(len(s.Text()))
	}
	fmt.Println(s.Err())
	// One byte more does not.
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize) + "\nz\n"))
	for s.Scan() {
		fmt.Println(len(s.Text()))
	}
	fmt.Println(s.Err(), s.Err() == bufio.ErrTooLong, s.Scan())
	// Buffer: a small maximum, and an initial buffer.
	s = bufio.NewScanner(strings.NewReader("1234567\n12345678\n123456789\nlast\n"))
	s.Buffer(make([]byte, 2), 8)
	for s.Scan() {
		fmt.Println(s.Text())
	}
	fmt.Println(s.Err())
	s = bufio.NewScanner(strings.NewReader("aa bb cc dd ee ff gg"))
	s.Buffer(make([]byte, 0, 4), 100)
	s.Split(bufio.ScanWords)
	scanAll("small buffer", s)
	// Without a newline at the end of a long last line.
	s = bufio.NewScanner(&chunked{strings.Repeat("q", 5000), 1000})
	for s.Scan() {
		fmt.Println("last line", len(s.Text()))
	}

	fmt.Println("== custom split")
	// Comma-separated values, the last one marked final.
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	}
	s = bufio.NewScanner(strings.NewReader("a,b,,c"))
	s.Split(commas)
	scanAll("final token", s)
	s = bufio.NewScanner(strings.NewReader(""))
	s.Split(commas)
	scanAll("final token, empty input", s)
	// A split function that fails on some token.
	stopAtX := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "X" {
			return 0, nil, errors.New("found X")
		}
		return adv, tok, err
	}
	s = bufio.NewScanner(strings.NewReader("a b X c"))
	s.Split(stopAtX)
	scanAll("error", s)
	bad := func(adv int) bufio.SplitFunc {
		return func(data []byte, atEOF bool) (int, []byte, error) {
			return adv, data, nil
		}
	}
	for _, adv := range []int{-1, 1000} {
		s = bufio.NewScanner(strings.NewReader("data"))
		s.Split(bad(adv))
		scanAll(fmt.Sprint("advance ", adv), s)
	}
	// Empty tokens that consume input are fine.
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) == 0 {
			return 0, nil, nil
		}
		return 1, []byte{}, nil
	})
	scanAll("empty tokens", s)

	fmt.Println("== read errors")
	s = bufio.NewScanner(&failing{"one\ntwo"})
	scanAll("failing", s)
	s = bufio.NewScanner(empty{})
	scanAll("no progress", s)

	try("Buffer after Scan", func() {
		s := bufio.NewScanner(strings.NewReader("x"))
		s.Scan()
		s.Buffer(nil, 10)
	})
	try("Split after Scan", func() {
		s := bufio.NewScanner(strings.NewReader("x"))
		s.Scan()
		s.Split(bufio.ScanWords)
	})
	try("endless empty tokens", func() {
		s := bufio.NewScanner(strings.NewReader(""))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			return 0, []byte{}, nil
		})
		n := 0
		for s.Scan() {
			n++
		}
		fmt.Println("never", n)
	})
	fmt.Println(bufio.ErrTooLong, "|", bufio.ErrNegativeAdvance, "|", bufio.ErrAdvanceTooFar, "|", bufio.ErrBadReadCount, "|", bufio.ErrFinalToken)

	fmt.Println("== os.Stdin")
	in := bufio.NewScanner(os.Stdin)
	n := 0
	for in.Scan() {
		n++
	}
	fmt.Println(n, in.Err())
}
