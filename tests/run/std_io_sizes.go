// run

// io's observable details beyond std_io.go: the buffer sizes Copy, CopyN,
// ReadAll, Discard and MultiReader hand to Read, LimitReader at and below
// zero, ReadAtLeast with min 0, MultiReader after EOF and nested,
// MultiWriter nested and through WriteString, TeeReader's write errors and
// short writes, NopCloser, WriteString, and the error values' types.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// sizes records the length of every buffer Read is given and serves a
// fixed amount of data, at most step bytes a call.
type sizes struct {
	left int
	step int
	seen []int
}

func (s *sizes) Read(p []byte) (int, error) {
	s.seen = append(s.seen, len(p))
	if s.left == 0 {
		return 0, io.EOF
	}
	n := len(p)
	if n > s.step {
		n = s.step
	}
	if n > s.left {
		n = s.left
	}
	for i := range p[:n] {
		p[i] = 'a' + byte(i%26)
	}
	s.left -= n
	return n, nil
}

// writes records the length of every Write.
type writes struct{ seen []int }

func (w *writes) Write(p []byte) (int, error) {
	w.seen = append(w.seen, len(p))
	return len(p), nil
}

// stringWrites also has WriteString, recorded as negative lengths.
type stringWrites struct{ writes }

func (w *stringWrites) WriteString(s string) (int, error) {
	w.seen = append(w.seen, -len(s))
	return len(s), nil
}

// limited accepts at most max bytes in total, then fails or short-writes.
type limited struct {
	max  int
	fail bool
}

var errFull = errors.New("full")

func (l *limited) Write(p []byte) (int, error) {
	if len(p) <= l.max {
		l.max -= len(p)
		return len(p), nil
	}
	n := l.max
	l.max = 0
	if l.fail {
		return n, errFull
	}
	return n, nil
}

// dataErr returns its data together with an error.
type dataErr struct {
	s   string
	err error
}

func (d *dataErr) Read(p []byte) (int, error) {
	n := copy(p, d.s)
	d.s = d.s[n:]
	if d.s == "" {
		return n, d.err
	}
	return n, nil
}

func main() {
	fmt.Println("== buffer sizes")
	s := &sizes{left: 70000, step: 1 << 30}
	var w writes
	n, err := io.Copy(&w, s)
	fmt.Println(n, err, s.seen, w.seen)
	s = &sizes{left: 100, step: 1 << 30}
	n, err = io.Copy(&w, io.LimitReader(s, 10))
	fmt.Println(n, err, s.seen)
	s = &sizes{left: 100, step: 1 << 30}
	n, err = io.Copy(&w, io.LimitReader(s, 0))
	fmt.Println(n, err, s.seen)
	s = &sizes{left: 100, step: 1 << 30}
	n, err = io.Copy(&w, io.LimitReader(s, -5))
	fmt.Println(n, err, s.seen)
	s = &sizes{left: 100000, step: 1 << 30}
	n, err = io.CopyN(&w, s, 40000)
	fmt.Println(n, err, s.seen)
	s = &sizes{left: 5, step: 2}
	n, err = io.CopyN(&w, s, 10)
	fmt.Println(n, err, s.seen)
	n, err = io.CopyN(&w, strings.NewReader("abc"), 0)
	fmt.Println(n, err)
	n, err = io.CopyN(&w, strings.NewReader("abc"), -1)
	fmt.Println(n, err)
	s = &sizes{left: 3000, step: 1 << 30}
	b, err := io.ReadAll(s)
	fmt.Println(len(b), err, s.seen)
	s = &sizes{left: 20000, step: 5000}
	n, err = io.Copy(io.Discard, s)
	fmt.Println(n, err, s.seen)
	s1, s2 := &sizes{left: 3, step: 10}, &sizes{left: 4, step: 10}
	w.seen = nil
	n, err = io.Copy(&w, io.MultiReader(s1, s2))
	fmt.Println(n, err, s1.seen, s2.seen, w.seen)
	s = &sizes{left: 10, step: 10}
	buf := make([]byte, 7)
	k, err := io.ReadAtLeast(s, buf, 0)
	fmt.Println(k, err, s.seen)
	k, err = io.ReadAtLeast(s, buf[:0], 0)
	fmt.Println(k, err)
	k, err = io.ReadFull(s, nil)
	fmt.Println(k, err, s.seen)
	k, err = io.ReadAtLeast(&dataErr{"abcdef", errFull}, buf, 4)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&dataErr{"ab", errFull}, buf, 4)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&dataErr{"abcd", io.EOF}, buf, 4)
	fmt.Println(k, err)

	fmt.Println("== Copy errors")
	n, err = io.Copy(&limited{max: 5}, &sizes{left: 10, step: 3})
	fmt.Println(n, err)
	n, err = io.Copy(&limited{max: 5, fail: true}, &sizes{left: 10, step: 3})
	fmt.Println(n, err)
	n, err = io.Copy(&w, &dataErr{"abc", errFull})
	fmt.Println(n, err)
	n, err = io.Copy(&w, &dataErr{"abc", io.EOF})
	fmt.Println(n, err)
	n, err = io.CopyN(&limited{max: 2}, strings.NewReader("abcdef"), 4)
	fmt.Println(n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&w, strings.NewReader("abc"), make([]byte, 0))
	}()
	s = &sizes{left: 10, step: 10}
	n, err = io.CopyBuffer(&w, s, nil)
	fmt.Println(n, err, s.seen)
	s = &sizes{left: 10, step: 10}
	n, err = io.CopyBuffer(&w, s, make([]byte, 4, 100))
	fmt.Println(n, err, s.seen)

	fmt.Println("== LimitedReader")
	lr := &io.LimitedReader{R: strings.NewReader("0123456789"), N: 4}
	p := make([]byte, 3)
	for i := 0; i < 3; i++ {
		k, err := lr.Read(p)
		fmt.Printf("%q %v %d\n", p[:k], err, lr.N)
	}
	lr = &io.LimitedReader{R: strings.NewReader("01"), N: 4}
	for i := 0; i < 3; i++ {
		k, err := lr.Read(p)
		fmt.Printf("%q %v %d\n", p[:k], err, lr.N)
	}
	lr = &io.LimitedReader{R: strings.NewReader("01"), N: -3}
	k, err = lr.Read(p)
	fmt.Println(k, err, lr.N)

	fmt.Println("== MultiReader")
	mr := io.MultiReader()
	k, err = mr.Read(p)
	fmt.Println(k, err)
	inner := io.MultiReader(strings.NewReader("in"), strings.NewReader("ner"))
	mr = io.MultiReader(io.MultiReader(inner), strings.NewReader("!"), &dataErr{"x", errFull}, strings.NewReader("never"))
	for i := 0; i < 8; i++ {
		k, err := mr.Read(p)
		fmt.Printf("%q %v | ", p[:k], err)
	}
	fmt.Println()
	mr = io.MultiReader(strings.NewReader("ab"), &dataErr{"cd", io.EOF})
	for i := 0; i < 4; i++ {
		k, err := mr.Read(p)
		fmt.Printf("%q %v | ", p[:k], err)
	}
	fmt.Println()
	var sb strings.Builder
	mr = io.MultiReader(strings.NewReader("one"), io.MultiReader(strings.NewReader("two"), &dataErr{"x", errFull}), strings.NewReader("three"))
	n, err = io.Copy(&sb, mr)
	fmt.Println(n, err, sb.String())
	n, err = io.Copy(&sb, mr)
	fmt.Println(n, err, sb.String())
	k, err = mr.Read(p)
	fmt.Printf("%q %v\n", p[:k], err)
	list := []io.Reader{strings.NewReader("a"), strings.NewReader("b")}
	mr = io.MultiReader(list...)
	list[1] = strings.NewReader("changed")
	b, _ = io.ReadAll(mr)
	fmt.Printf("%q\n", b)

	fmt.Println("== MultiWriter")
	var a1, a2 writes
	var sw stringWrites
	mw := io.MultiWriter(&a1, io.MultiWriter(&a2, &sw))
	k, err = mw.Write([]byte("hello"))
	fmt.Println(k, err, a1.seen, a2.seen, sw.seen)
	k, err = io.WriteString(mw, "abc")
	fmt.Println(k, err, a1.seen, a2.seen, sw.seen)
	k, err = io.MultiWriter().Write([]byte("nobody"))
	fmt.Println(k, err)
	k, err = io.MultiWriter(&limited{max: 2}, &a1).Write([]byte("abcd"))
	fmt.Println(k, err, a1.seen)
	k, err = io.WriteString(io.MultiWriter(&a1, &limited{max: 1, fail: true}), "xyz")
	fmt.Println(k, err, a1.seen)
	ws := []io.Writer{&a1}
	mw = io.MultiWriter(ws...)
	ws[0] = &a2
	mw.Write([]byte("1"))
	fmt.Println(a1.seen, a2.seen)

	fmt.Println("== TeeReader")
	tr := io.TeeReader(strings.NewReader("abcdef"), &limited{max: 4, fail: true})
	for i := 0; i < 3; i++ {
		k, err := tr.Read(p)
		fmt.Printf("%q %v\n", p[:k], err)
	}
	tr = io.TeeReader(strings.NewReader("abcdef"), &limited{max: 4})
	for i := 0; i < 4; i++ {
		k, err := tr.Read(p)
		fmt.Printf("%q %v\n", p[:k], err)
	}
	tr = io.TeeReader(&dataErr{"xy", errFull}, &a1)
	k, err = tr.Read(p)
	fmt.Println(k, err, a1.seen)

	fmt.Println("== WriteString, NopCloser")
	var sw2 stringWrites
	k, err = io.WriteString(&sw2, "str")
	fmt.Println(k, err, sw2.seen)
	k, err = io.WriteString(&sw2.writes, "str")
	fmt.Println(k, err, sw2.seen)
	rc := io.NopCloser(strings.NewReader("nop"))
	sb.Reset()
	n, err = rc.(io.WriterTo).WriteTo(&sb)
	fmt.Println(n, err, sb.String(), rc.Close())

	fmt.Println("== values")
	fmt.Printf("%T %v\n", io.EOF, io.EOF)
	fmt.Printf("%T %v\n", io.ErrUnexpectedEOF, io.ErrNoProgress)
	fmt.Printf("%T\n", io.Discard)
	fmt.Println(errors.Is(fmt.Errorf("wrapped: %w", io.EOF), io.EOF))
}
