// run

// bufio's Reader and Writer: buffer sizes, what each read asks of the
// underlying reader (readers that return a byte at a time, data with
// io.EOF, empty reads), Peek, Discard, ReadByte/UnreadByte,
// ReadRune/UnreadRune across buffer boundaries, ReadSlice/ReadLine on
// lines longer than the buffer, ReadString and ReadBytes at EOF, WriteTo;
// the Writer's flushes (recorded call by call), short and failing writes,
// WriteRune in a tiny buffer, ReadFrom, Reset; ReadWriter; os.Stdin at EOF.
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

// oneByte reads one byte per call.
type oneByte struct{ s string }

func (r *oneByte) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

// dataEOF returns its last bytes together with io.EOF.
type dataEOF struct {
	s     string
	chunk int
	calls int
}

func (r *dataEOF) Read(p []byte) (int, error) {
	r.calls++
	n := r.chunk
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.s) {
		n = len(r.s)
	}
	copy(p, r.s[:n])
	r.s = r.s[n:]
	if len(r.s) == 0 {
		return n, io.EOF
	}
	return n, nil
}

// empty returns 0, nil forever.
type empty struct{ calls int }

func (r *empty) Read(p []byte) (int, error) {
	r.calls++
	return 0, nil
}

// failing returns its data, then an error.
type failing struct{ s string }

var errBroken = errors.New("broken reader")

func (r *failing) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, errBroken
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

// recorder records the size of each Write.
type recorder struct {
	buf   bytes.Buffer
	sizes []int
}

func (w *recorder) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	return w.buf.Write(p)
}

// stringRecorder is a recorder that is also an io.StringWriter.
type stringRecorder struct{ recorder }

func (w *stringRecorder) WriteString(s string) (int, error) {
	w.sizes = append(w.sizes, -len(s))
	return w.buf.WriteString(s)
}

// shortWriter accepts at most max bytes per call, without an error.
type shortWriter struct {
	max int
	got []byte
}

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		p = p[:w.max]
	}
	w.got = append(w.got, p...)
	return len(p), nil
}

// failWriter fails after n bytes.
type failWriter struct {
	n   int
	got []byte
}

var errFull = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		w.got = append(w.got, p[:w.n]...)
		k := w.n
		w.n = 0
		return k, errFull
	}
	w.n -= len(p)
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

func sizes() {
	fmt.Println("== sizes")
	r := bufio.NewReader(strings.NewReader("x"))
	fmt.Println(r.Size(), r.Buffered())
	for _, n := range []int{-1, 0, 15, 16, 17, 100} {
		fmt.Print(bufio.NewReaderSize(strings.NewReader(""), n).Size(), " ")
	}
	fmt.Println()
	big := bufio.NewReaderSize(strings.NewReader(""), 64)
	fmt.Println(bufio.NewReaderSize(big, 32) == big, bufio.NewReaderSize(big, 64) == big, bufio.NewReaderSize(big, 65) == big)
	w := bufio.NewWriter(io.Discard)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	for _, n := range []int{-1, 0, 1, 100} {
		fmt.Print(bufio.NewWriterSize(io.Discard, n).Size(), " ")
	}
	fmt.Println()
	bw := bufio.NewWriterSize(io.Discard, 64)
	fmt.Println(bufio.NewWriterSize(bw, 64) == bw, bufio.NewWriterSize(bw, 65) == bw, bufio.NewWriter(bw) == bw)
	var zr bufio.Reader
	zr.Reset(strings.NewReader("zero"))
	s, err := zr.ReadString('!')
	fmt.Println(zr.Size(), s, err)
	var zw bufio.Writer
	var out strings.Builder
	zw.Reset(&out)
	zw.WriteString("zero writer")
	zw.Flush()
	fmt.Println(zw.Size(), out.String())
}

func reads() {
	fmt.Println("== Read")
	r := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz"), 16)
	p := make([]byte, 5)
	for {
		n, err := r.Read(p)
		fmt.Printf("%d %q %v buffered=%d\n", n, p[:n], err, r.Buffered())
		if err != nil {
			break
		}
	}
	n, err := r.Read(nil)
	fmt.Println("empty read at EOF:", n, err)

	// A read at least as large as the buffer goes straight to the reader.
	d := &dataEOF{s: strings.Repeat("x", 40), chunk: 40}
	r = bufio.NewReaderSize(d, 16)
	big := make([]byte, 32)
	n, err = r.Read(big)
	fmt.Println("large read:", n, err, d.calls, r.Buffered())
	n, err = r.Read(big)
	fmt.Println("again:", n, err, d.calls)

	// Data with io.EOF: the data first, the error on the next call.
	d = &dataEOF{s: "hello", chunk: 10}
	r = bufio.NewReader(d)
	n, err = r.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = r.Read(p)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println("zero-length:", n, err)

	// A reader that never returns anything.
	e := &empty{}
	r = bufio.NewReader(e)
	b, err := r.ReadByte()
	fmt.Println("empty reader:", b, err, e.calls)

	// A reader that fails.
	r = bufio.NewReaderSize(&failing{s: "abc"}, 16)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
}

func peekDiscard() {
	fmt.Println("== Peek, Discard")
	r := bufio.NewReaderSize(&oneByte{"abcdefghijklmnopqrstuvwxyz0123456789"}, 16)
	for _, n := range []int{-1, 0, 1, 3, 16, 17, 5} {
		b, err := r.Peek(n)
		fmt.Printf("Peek(%d) %q %v buffered=%d\n", n, b, err, r.Buffered())
	}
	for _, n := range []int{-1, 0, 3, 16, 10, 100} {
		k, err := r.Discard(n)
		fmt.Printf("Discard(%d) %d %v buffered=%d\n", n, k, err, r.Buffered())
	}
	b, err := r.Peek(1)
	fmt.Printf("Peek at EOF %q %v\n", b, err)
	r = bufio.NewReader(strings.NewReader("ab"))
	b, err = r.Peek(5)
	fmt.Printf("short Peek %q %v\n", b, err)
	b, err = r.Peek(5)
	fmt.Printf("again %q %v\n", b, err)
	// Peek and Discard make UnreadByte fail.
	r.ReadByte()
	r.Peek(1)
	fmt.Println(r.UnreadByte())
	r.ReadByte()
	r.Discard(0)
	fmt.Println(r.UnreadByte())
}

func bytesRunes() {
	fmt.Println("== ReadByte, UnreadByte")
	r := bufio.NewReader(strings.NewReader("xyz"))
	fmt.Println(r.UnreadByte())
	for {
		c, err := r.ReadByte()
		if err != nil {
			fmt.Println(c, err)
			break
		}
		fmt.Print(string(c))
		if c == 'y' {
			fmt.Print(r.UnreadByte(), r.UnreadByte())
			c, _ = r.ReadByte()
			fmt.Print("[", string(c), "]")
		}
	}
	fmt.Println(r.UnreadByte())
	c, err := r.ReadByte()
	fmt.Println(string(c), err)

	// UnreadByte after Read of a large block, with nothing buffered.
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("q", 20)+"!"), 16)
	p := make([]byte, 20)
	n, _ := r.Read(p)
	fmt.Println(n, r.Buffered(), r.UnreadByte(), r.Buffered())
	s, err := r.ReadString(0)
	fmt.Printf("%q %v\n", s, err)

	fmt.Println("== ReadRune, UnreadRune")
	text := "aé日\xff\xe6\x97語!" + "\xf0\x9f\x98\x80"
	// A 16-byte buffer read a byte at a time: runes cross the buffer's end.
	r = bufio.NewReaderSize(&oneByte{strings.Repeat("-", 14) + text}, 16)
	r.Discard(14)
	fmt.Println(r.UnreadRune())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(ch, size, err)
			break
		}
		fmt.Printf("%q %d buffered=%d\n", ch, size, r.Buffered())
		if ch == '日' {
			fmt.Println(r.UnreadRune(), r.UnreadRune())
			ch, size, _ = r.ReadRune()
			fmt.Printf("again %q %d\n", ch, size)
			r.UnreadRune()
			b, _ := r.ReadByte()
			fmt.Println("byte", b, r.UnreadRune())
			r.UnreadByte()
			r.ReadRune()
		}
	}
	fmt.Println(r.UnreadRune())
}

func lines() {
	fmt.Println("== ReadSlice, ReadLine")
	input := "short\nexactly sixteen!\n" + strings.Repeat("L", 40) + "\r\nlast\r\n" + strings.Repeat("c", 15) + "\r\n\nno newline"
	r := bufio.NewReaderSize(strings.NewReader(input), 16)
	for {
		line, err := r.ReadSlice('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil && err != bufio.ErrBufferFull {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(input), 16)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}
	line, prefix, err := r.ReadLine()
	fmt.Println(line == nil, prefix, err)
	// The '\r' of "\r\n" straddling the end of the buffer is held back.
	r = bufio.NewReaderSize(&oneByte{strings.Repeat("z", 15) + "\r\nnext"}, 16)
	for i := 0; i < 3; i++ {
		line, prefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, prefix, err)
	}
	fmt.Println(r.UnreadByte())

	fmt.Println("== ReadString, ReadBytes")
	r = bufio.NewReaderSize(strings.NewReader("one,two,"+strings.Repeat("3", 50)+",four"), 16)
	for {
		s, err := r.ReadString(',')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	s, err := r.ReadString(',')
	fmt.Printf("at EOF: %q %v\n", s, err)
	r = bufio.NewReader(strings.NewReader("a|b||c"))
	for {
		b, err := r.ReadBytes('|')
		fmt.Printf("%q %v %v\n", b, err, b == nil)
		if err != nil {
			break
		}
	}
	b, err := r.ReadBytes('|')
	fmt.Printf("at EOF: %q %v %v\n", b, err, b == nil)
	r = bufio.NewReader(strings.NewReader(""))
	s, err = r.ReadString('\n')
	fmt.Printf("empty: %q %v\n", s, err)
}

func writeTo() {
	fmt.Println("== WriteTo")
	// strings.Reader has WriteTo: bufio hands over to it.
	r := bufio.NewReaderSize(strings.NewReader("buffered then the rest of it"), 16)
	r.ReadByte()
	var w recorder
	n, err := r.WriteTo(&w)
	fmt.Println(n, err, w.sizes, w.buf.String())
	// A plain reader: chunks of the buffer's size.
	r = bufio.NewReaderSize(&dataEOF{s: strings.Repeat("w", 50), chunk: 7}, 16)
	var w2 recorder
	n, err = r.WriteTo(&w2)
	fmt.Println(n, err, w2.sizes)
	// A failing reader.
	r = bufio.NewReaderSize(&failing{s: "data"}, 16)
	var w3 recorder
	n, err = r.WriteTo(&w3)
	fmt.Println(n, err, w3.sizes)
	// A failing writer.
	r = bufio.NewReaderSize(&oneByte{"abcdefgh"}, 16)
	fw := &failWriter{n: 3}
	n, err = r.WriteTo(fw)
	fmt.Println(n, err, string(fw.got))
}

func writer() {
	fmt.Println("== Writer")
	var rec recorder
	w := bufio.NewWriterSize(&rec, 8)
	w.WriteString("abc")
	fmt.Println(w.Buffered(), w.Available(), rec.sizes)
	w.Write([]byte("defgh"))
	fmt.Println(w.Buffered(), w.Available(), rec.sizes)
	w.WriteByte('i')
	fmt.Println(w.Buffered(), w.Available(), rec.sizes)
	// Larger than the buffer, with something buffered: fill, flush, rest.
	n, err := w.Write([]byte("0123456789ABCDEFGHIJ"))
	fmt.Println(n, err, w.Buffered(), rec.sizes)
	w.Flush()
	// Larger than the buffer, nothing buffered: straight through.
	n, err = w.Write([]byte("0123456789ABCDEFGHIJ"))
	fmt.Println(n, err, w.Buffered(), rec.sizes)
	n, err = w.WriteString("klmnopqrstuvwxyz")
	fmt.Println(n, err, w.Buffered(), rec.sizes)
	fmt.Println(w.Flush(), w.Flush(), rec.sizes)
	fmt.Printf("%q\n", rec.buf.String())

	// WriteString to an io.StringWriter (recorded as negative sizes).
	var srec stringRecorder
	w = bufio.NewWriterSize(&srec, 8)
	w.WriteString("0123456789AB")
	w.WriteString("x")
	w.WriteString("0123456789AB")
	w.Flush()
	fmt.Println(srec.sizes, srec.buf.String())

	fmt.Println("== WriteRune")
	var out strings.Builder
	w = bufio.NewWriterSize(&out, 5)
	for _, r := range "aé日😀\xffz" {
		n, err := w.WriteRune(r)
		fmt.Print(n, err, w.Buffered(), " ")
	}
	n, err = w.WriteRune(-1)
	fmt.Println(n, err)
	w.Flush()
	fmt.Printf("%q\n", out.String())
	// A buffer smaller than a rune.
	out.Reset()
	tiny := bufio.NewWriterSize(&out, 2)
	tiny.WriteByte('<')
	n, err = tiny.WriteRune('語')
	tiny.WriteByte('>')
	tiny.Flush()
	fmt.Printf("%d %v %q\n", n, err, out.String())
	ab := bufio.NewWriterSize(&out, 16)
	buf := ab.AvailableBuffer()
	fmt.Println(len(buf), cap(buf))

	fmt.Println("== errors")
	sw := &shortWriter{max: 3}
	w = bufio.NewWriterSize(sw, 8)
	w.WriteString("abcdef")
	err = w.Flush()
	fmt.Println(err, err == io.ErrShortWrite, w.Buffered(), string(sw.got))
	n, err = w.WriteString("more")
	fmt.Println(n, err, w.WriteByte('x'))
	fmt.Println(w.WriteRune('é'))
	w.Reset(sw)
	fmt.Println(w.Buffered(), w.Flush())
	fw := &failWriter{n: 5}
	w = bufio.NewWriterSize(fw, 4)
	n, err = w.WriteString("0123456789")
	fmt.Println(n, err, string(fw.got), w.Buffered())
	fmt.Println(w.Flush())

	fmt.Println("== ReadFrom")
	var rec2 recorder
	w = bufio.NewWriterSize(&rec2, 16)
	w.WriteString("head:")
	n64, err := w.ReadFrom(&dataEOF{s: strings.Repeat("r", 40), chunk: 9})
	fmt.Println(n64, err, w.Buffered(), rec2.sizes)
	w.Flush()
	fmt.Println(rec2.buf.Len(), rec2.sizes)
	// Exactly filling the buffer at EOF flushes it.
	var rec3 recorder
	w = bufio.NewWriterSize(&rec3, 16)
	n64, err = w.ReadFrom(strings.NewReader("0123456789abcdef"))
	fmt.Println(n64, err, w.Buffered(), rec3.sizes)
	// The underlying writer's ReadFrom, once the buffer is empty.
	var bb bytes.Buffer
	w = bufio.NewWriterSize(&bb, 16)
	w.WriteString("pre-")
	n64, err = w.ReadFrom(strings.NewReader(strings.Repeat("s", 30)))
	fmt.Println(n64, err, w.Buffered(), bb.Len())
	w.Flush()
	fmt.Println(bb.String())
	n64, err = bufio.NewWriter(&recorder{}).ReadFrom(&empty{})
	fmt.Println(n64, err)
	n64, err = bufio.NewWriter(&recorder{}).ReadFrom(&failing{"abc"})
	fmt.Println(n64, err)
}

func readWriter() {
	fmt.Println("== ReadWriter")
	var out strings.Builder
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("request\n")), bufio.NewWriter(&out))
	line, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + line)
	fmt.Println(out.Len(), rw.Writer.Buffered(), rw.Reader.Buffered())
	rw.Flush()
	fmt.Print(out.String())
	var iorw io.ReadWriter = rw
	_ = iorw
	fmt.Println(bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune)
}

func stdin() {
	fmt.Println("== os.Stdin")
	r := bufio.NewReader(os.Stdin)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	n, err := os.Stdin.Read(make([]byte, 10))
	fmt.Println(n, err, err == io.EOF)
	n, err = os.Stdin.Read(nil)
	fmt.Println(n, err)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "through bufio to stdout %d\n", 42)
	fmt.Println("printed before the flush")
	w.Flush()
}

func main() {
	sizes()
	reads()
	peekDiscard()
	bytesRunes()
	lines()
	writeTo()
	writer()
	readWriter()
	stdin()
	try("fill full", func() {
		r := bufio.NewReaderSize(strings.NewReader("abc"), 16)
		r.ReadLine()
	})
}
