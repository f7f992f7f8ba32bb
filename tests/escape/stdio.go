// errorcheck -0 -m -l

// Calls of io, bufio and errors: gosub's packages carry the leak tags of
// Go's, so the reports about the caller's values are gc's. The annotations
// are Go 1.19's (tests/tools/annotate.sh).

package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
)

var sink interface{}

func useIO(s string, w io.Writer) (int64, error) { // ERROR  "leaking param: s" "leaking param: w"
	r := strings.NewReader(s)
	buf := make([]byte, 8) // ERROR  "make\(\[\]byte, 8\) escapes to heap"
	if _, err := io.ReadFull(r, buf); err != nil {
		return 0, err
	}
	small := make([]byte, 4) // ERROR  "make\(\[\]byte, 4\) escapes to heap"
	io.ReadAtLeast(r, small, 2)
	lr := io.LimitReader(r, 3)
	n, err := io.Copy(w, lr)
	m, _ := io.CopyN(io.Discard, r, 2)
	all, _ := io.ReadAll(io.MultiReader(r, strings.NewReader("tail"))) // ERROR  "\.\.\. argument does not escape"
	io.WriteString(io.MultiWriter(w, io.Discard), string(all)) // ERROR  "\.\.\. argument does not escape" "string\(all\) escapes to heap"
	tee := io.TeeReader(r, w)
	io.CopyBuffer(w, tee, make([]byte, 32)) // ERROR  "make\(\[\]byte, 32\) escapes to heap"
	return n + m, err
}

func useBufioReader(s string) (string, int) { // ERROR  "leaking param: s"
	br := bufio.NewReaderSize(strings.NewReader(s), 32)
	line, _ := br.ReadString('\n')
	b, _, _ := br.ReadLine()
	p := make([]byte, 4) // ERROR  "make\(\[\]byte, 4\) escapes to heap"
	k, _ := br.Read(p)
	c, _ := br.ReadByte()
	br.UnreadByte()
	r, _, _ := br.ReadRune()
	br.UnreadRune()
	peek, _ := br.Peek(1)
	sl, _ := br.ReadSlice(',')
	bs, _ := br.ReadBytes(';')
	br.Discard(1)
	return line + string(b), k + int(c) + int(r) + len(peek) + len(sl) + len(bs) // ERROR  "line \+ string\(b\) escapes to heap" "string\(b\) does not escape"
}

func useBufioWriter(p []byte, s string) error { // ERROR  "leaking param: p" "leaking param: s"
	bw := bufio.NewWriter(os.Stdout)
	bw.Write(p)
	bw.WriteString(s)
	bw.WriteByte('x')
	bw.WriteRune('é')
	local := []byte("local") // ERROR  `\(\[\]byte\)\("local"\) escapes to heap`
	bw.Write(local)
	_ = bw.Available() + bw.Buffered() + bw.Size()
	bw.ReadFrom(strings.NewReader(s))
	return bw.Flush()
}

func useScanner(s string) []string { // ERROR  "leaking param: s"
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 16), 1024) // ERROR  "make\(\[\]byte, 16\) escapes to heap"
	sc.Split(bufio.ScanWords)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
		b := sc.Bytes()
		sink = b // ERROR  "b escapes to heap"
	}
	adv, tok, _ := bufio.ScanLines([]byte(s), true) // ERROR  "\(\[\]byte\)\(s\) does not escape"
	out = append(out, string(tok[:adv])) // ERROR  "string\(tok\[:adv\]\) escapes to heap"
	_, t2, _ := bufio.ScanRunes([]byte("local"), true) // ERROR  `\(\[\]byte\)\("local"\) does not escape`
	_, t3, _ := bufio.ScanBytes([]byte("local"), true) // ERROR  `\(\[\]byte\)\("local"\) does not escape`
	out = append(out, string(t2), string(t3)) // ERROR  "string\(t2\) escapes to heap" "string\(t3\) escapes to heap"
	return out
}

type myErr struct{ code int }

func (e *myErr) Error() string { return "my error" } // ERROR  "e does not escape"

func useErrors(err error) bool { // ERROR  "leaking param: err"
	e := errors.New("local")
	var target *myErr // ERROR  "moved to heap: target"
	var iface interface{ Timeout() bool } // ERROR  "moved to heap: iface"
	return errors.Is(err, e) || errors.As(err, &target) || errors.As(err, &iface) || errors.Unwrap(err) != nil
}

func main() {
	var sb strings.Builder // ERROR  "moved to heap: sb"
	useIO("0123456789abcdef", &sb)
	useBufioReader("a\nb\nc,d;e")
	useBufioWriter([]byte("p"), "s") // ERROR  `\(\[\]byte\)\("p"\) escapes to heap`
	useScanner("x y z")
	useErrors(io.EOF)
	useErrors(&myErr{1}) // ERROR  "&myErr\{\.\.\.\} escapes to heap"
}
