// run

// io's helpers: Copy (through WriterTo, ReaderFrom or a buffer, with short
// and failing writes), CopyN, CopyBuffer, ReadAll, ReadFull, ReadAtLeast,
// WriteString, LimitReader, Discard, NopCloser, MultiReader, MultiWriter,
// TeeReader, and the error values.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// plain hides every method but Read (no WriterTo).
type plain struct{ r io.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

// plainW hides every method but Write (no ReaderFrom, no WriteString).
type plainW struct{ w io.Writer }

func (p plainW) Write(b []byte) (int, error) { return p.w.Write(b) }

// chunks reads at most n bytes per call.
type chunks struct {
	s string
	n int
}

func (c *chunks) Read(b []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	k := c.n
	if k > len(b) {
		k = len(b)
	}
	if k > len(c.s) {
		k = len(c.s)
	}
	copy(b, c.s[:k])
	c.s = c.s[k:]
	return k, nil
}

type short struct{}

func (short) Write(b []byte) (int, error) { return len(b) / 2, nil }

type bad struct{}

var errBad = errors.New("bad writer")

func (bad) Write(b []byte) (int, error) { return 0, errBad }

type liar struct{}

func (liar) Write(b []byte) (int, error) { return len(b) + 1, nil }

type failing struct{}

func (failing) Read(b []byte) (int, error) { return 0, errors.New("read error") }

func main() {
	fmt.Println("== Copy")
	var out bytes.Buffer
	n, err := io.Copy(&out, strings.NewReader("via WriterTo"))
	fmt.Println(n, err, out.String())
	out.Reset()
	n, err = io.Copy(&out, plain{strings.NewReader("via ReaderFrom")})
	fmt.Println(n, err, out.String())
	var sb strings.Builder
	n, err = io.Copy(plainW{&sb}, &chunks{strings.Repeat("z", 100000), 7000})
	fmt.Println(n, err, sb.Len())
	n, err = io.Copy(short{}, plain{strings.NewReader("halved")})
	fmt.Println(n, err)
	n, err = io.Copy(bad{}, plain{strings.NewReader("x")})
	fmt.Println(n, err)
	n, err = io.Copy(liar{}, plain{strings.NewReader("x")})
	fmt.Println(n, err)
	n, err = io.Copy(plainW{&sb}, failing{})
	fmt.Println(n, err)
	sb.Reset()
	n, err = io.CopyBuffer(plainW{&sb}, plain{strings.NewReader("with a tiny buffer")}, make([]byte, 3))
	fmt.Println(n, err, sb.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(plainW{&sb}, plain{strings.NewReader("x")}, make([]byte, 0))
	}()
	sb.Reset()
	n, err = io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("01"), 4)
	fmt.Println(n, err, sb.String())

	fmt.Println("== ReadAll, ReadFull, ReadAtLeast")
	b, err := io.ReadAll(&chunks{strings.Repeat("a", 1500), 100})
	fmt.Println(len(b), cap(b) >= len(b), err)
	b, err = io.ReadAll(strings.NewReader(""))
	fmt.Println(len(b), b != nil, err)
	b, err = io.ReadAll(failing{})
	fmt.Println(len(b), err)
	buf := make([]byte, 5)
	k, err := io.ReadFull(&chunks{"abcdefgh", 2}, buf)
	fmt.Printf("%d %v %q\n", k, err, buf[:k])
	k, err = io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Printf("%d %v %q %v\n", k, err, buf[:k], err == io.ErrUnexpectedEOF)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err, err == io.EOF)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 6)
	fmt.Println(k, err, err == io.ErrShortBuffer)
	k, err = io.ReadAtLeast(&chunks{"abcdef", 1}, buf, 3)
	fmt.Println(k, err)

	fmt.Println("== WriteString, LimitReader, Discard")
	k, err = io.WriteString(&sb, "!")
	fmt.Println(k, err, sb.String())
	k, err = io.WriteString(plainW{&sb}, "?")
	fmt.Println(k, err, sb.String())
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	b, err = io.ReadAll(lr)
	fmt.Printf("%q %v %d\n", b, err, lr.(*io.LimitedReader).N)
	n, err = io.Copy(io.Discard, strings.NewReader("gone"))
	fmt.Println(n, err)
	n, err = io.Copy(io.Discard, plain{&chunks{strings.Repeat("d", 20000), 3000}})
	fmt.Println(n, err)
	k, err = io.WriteString(io.Discard, "also gone")
	fmt.Println(k, err)

	fmt.Println("== NopCloser, MultiReader, MultiWriter, TeeReader")
	rc := io.NopCloser(strings.NewReader("closer"))
	_, isWT := rc.(io.WriterTo)
	fmt.Println(rc.Close(), isWT)
	rc = io.NopCloser(plain{strings.NewReader("closer")})
	_, isWT = rc.(io.WriterTo)
	fmt.Println(rc.Close(), isWT)
	mr := io.MultiReader(strings.NewReader("one "), &chunks{"two ", 1}, strings.NewReader(""), io.MultiReader(strings.NewReader("three")))
	p := make([]byte, 3)
	for {
		k, err := mr.Read(p)
		fmt.Printf("%q %v | ", p[:k], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	sb.Reset()
	n, err = io.Copy(&sb, io.MultiReader(strings.NewReader("a"), strings.NewReader("b")))
	fmt.Println(n, err, sb.String())
	var w1, w2 strings.Builder
	mw := io.MultiWriter(&w1, plainW{&w2})
	k, err = mw.Write([]byte("both "))
	fmt.Println(k, err)
	k, err = io.WriteString(mw, "again")
	fmt.Println(k, err, w1.String(), "|", w2.String())
	k, err = io.MultiWriter(&w1, short{}).Write([]byte("abcd"))
	fmt.Println(k, err)
	k, err = io.MultiWriter(bad{}, &w1).Write([]byte("abcd"))
	fmt.Println(k, err)
	var tee strings.Builder
	tr := io.TeeReader(strings.NewReader("teed"), &tee)
	b, err = io.ReadAll(tr)
	fmt.Printf("%q %v %q\n", b, err, tee.String())
	_, err = io.ReadAll(io.TeeReader(strings.NewReader("x"), bad{}))
	fmt.Println(err)

	fmt.Println(io.EOF, "|", io.ErrUnexpectedEOF, "|", io.ErrShortBuffer, "|", io.ErrShortWrite, "|", io.ErrNoProgress)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
