// run

// strings.Reader and bytes.Reader through every method and error, and
// strings.Replacer on overlapping, empty and repeated old strings.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

// rd is what strings.Reader and bytes.Reader have in common.
type rd interface {
	io.Reader
	io.ReaderAt
	io.ByteScanner
	io.RuneScanner
	io.Seeker
	io.WriterTo
	Len() int
	Size() int64
}

type plainWriter struct{ got []byte }

func (w *plainWriter) Write(p []byte) (int, error) {
	w.got = append(w.got, p...)
	return len(p), nil
}

type shortWriter struct{ err error }

func (w shortWriter) Write(p []byte) (int, error) { return len(p) / 2, w.err }

type liar struct{}

func (liar) Write(p []byte) (int, error)       { return len(p) + 1, nil }
func (liar) WriteString(s string) (int, error) { return len(s) + 1, nil }

func exercise(name string, mk func(string) rd) {
	fmt.Println("==", name)
	r := mk("aé世\xffz")
	fmt.Println(r.Len(), r.Size())
	fmt.Println(r.UnreadByte())
	fmt.Println(r.UnreadRune())
	for {
		c, size, err := r.ReadRune()
		fmt.Print(c, size, err, r.Len(), "; ")
		if err != nil {
			break
		}
	}
	fmt.Println()
	fmt.Println(r.UnreadRune(), r.Len())
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err, r.UnreadRune(), r.UnreadRune(), r.Len())
	r.ReadRune()
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadRune(), r.UnreadByte(), r.Len())
	r.ReadRune()
	r.ReadByte()
	fmt.Println(r.UnreadRune())
	for _, s := range [][2]int64{{0, 0}, {2, 0}, {-1, 1}, {3, 1}, {-2, 2}, {100, 0}, {-100, 1}, {0, 3}, {0, -1}, {5, 2}} {
		abs, err := r.Seek(s[0], int(s[1]))
		fmt.Println("seek", s, abs, err, r.Len())
	}
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Println(n, err)
	b, err = r.ReadByte()
	fmt.Println(b, err)
	c, size, err = r.ReadRune()
	fmt.Println(c, size, err, r.UnreadRune())
	fmt.Println(r.UnreadByte(), r.Len())
	r.Seek(1, io.SeekStart)
	n, err = r.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], r.Len())
	n, err = r.Read(p[:0])
	fmt.Println(n, err)
	n, err = r.Read(p)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = r.Read(p)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)
	for _, off := range []int64{-1, 0, 3, 7, 8, 20} {
		q := make([]byte, 3)
		n, err := r.ReadAt(q, off)
		fmt.Printf("readat %d: %d %v %q\n", off, n, err, q[:n])
	}
	n, err = r.ReadAt(nil, 2)
	fmt.Println(n, err)

	r.Seek(2, io.SeekStart)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Printf("%d %v %q %d\n", m, err, sb.String(), r.Len())
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err)
	r.Seek(0, io.SeekStart)
	var pw plainWriter
	m, err = r.WriteTo(&pw)
	fmt.Printf("%d %v %q\n", m, err, pw.got)
	r.Seek(0, io.SeekStart)
	m, err = r.WriteTo(shortWriter{})
	fmt.Println(m, err, r.Len())
	m, err = r.WriteTo(shortWriter{errors.New("nope")})
	fmt.Println(m, err, r.Len())
	try("liar", func() { r.WriteTo(liar{}) })
	r.Seek(50, io.SeekStart)
	m, err = r.WriteTo(&pw)
	fmt.Println(m, err)
	r.Seek(1, io.SeekStart)
	r.ReadRune()
	fmt.Println(r.UnreadRune(), r.Len())
	e := mk("")
	fmt.Println(e.Len(), e.Size())
	_, err = e.ReadByte()
	fmt.Println(err)
	_, _, err = e.ReadRune()
	fmt.Println(err)
	n, err = e.Read(nil)
	fmt.Println(n, err)
}

func readers() {
	exercise("strings", func(s string) rd { return strings.NewReader(s) })
	exercise("bytes", func(s string) rd { return bytes.NewReader([]byte(s)) })
	sr := strings.NewReader("abc")
	sr.ReadByte()
	sr.Reset("xyz!")
	fmt.Println(sr.Len(), sr.Size(), sr.UnreadByte())
	br := bytes.NewReader([]byte("abc"))
	br.ReadRune()
	br.Reset([]byte("wxyz!"))
	fmt.Println(br.Len(), br.Size(), br.UnreadRune())
	var zs strings.Reader
	var zb bytes.Reader
	fmt.Println(zs.Len(), zs.Size(), zb.Len(), zb.Size())
	_, err := zs.ReadByte()
	fmt.Println(err, zs.UnreadRune())
	_, err = zb.ReadByte()
	fmt.Println(err, zb.UnreadRune())
}

func replacers() {
	for _, args := range [][]string{
		{"a", "1", "b", "2"},
		{"", "-"},
		{"a", "", "", "X"},
		{"aaa", "3", "aa", "2", "a", "1"},
		{"a", "1", "aaa", "3"},
		{"<", "&lt;", ">", "&gt;", "&", "&amp;"},
		{"é", "e", "\xff", "?"},
		{"x", "y", "x", "z"},
		{},
	} {
		r := strings.NewReplacer(args...)
		for _, s := range []string{"", "a", "aaaa", "abcab", "<a&b>", "héllo\xff", "xx"} {
			var sb strings.Builder
			n, err := r.WriteString(&sb, s)
			fmt.Printf("%q %q: %q %d %v %q\n", args, s, r.Replace(s), n, err, sb.String())
		}
	}
	try("odd", func() { strings.NewReplacer("a") })
}

func main() {
	readers()
	replacers()
}
