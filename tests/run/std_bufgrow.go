// run

// The observable growth of bytes.Buffer and strings.Builder (their Cap
// after each operation), Buffer's reads, unreads, ReadFrom and WriteTo
// against readers and writers that misbehave, and its panics.
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

func state(name string, b *bytes.Buffer) {
	fmt.Printf("%s len=%d cap=%d %q\n", name, b.Len(), b.Cap(), b.String())
}

// chunky hands out its data k bytes at a time, then err.
type chunky struct {
	data string
	k    int
	err  error
	neg  bool
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.neg {
		return -1, nil
	}
	if c.data == "" {
		return 0, c.err
	}
	n := c.k
	if n > len(c.data) {
		n = len(c.data)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

// limited accepts at most max bytes per Write, reporting err (or lying
// about the count when over).
type limited struct {
	got  []byte
	max  int
	err  error
	over bool
}

func (l *limited) Write(p []byte) (int, error) {
	if l.over {
		return len(p) + 1, nil
	}
	n := len(p)
	if n > l.max {
		n = l.max
	}
	l.got = append(l.got, p[:n]...)
	return n, l.err
}

func growth() {
	for _, step := range []int{1, 7, 63, 64, 65, 100, 511, 1000} {
		var b bytes.Buffer
		chunk := strings.Repeat("x", step)
		fmt.Printf("step %d:", step)
		for i := 0; i < 12; i++ {
			b.WriteString(chunk)
			fmt.Printf(" %d", b.Cap())
		}
		fmt.Println()
	}
	var b bytes.Buffer
	for i := 0; i < 40; i++ {
		b.WriteRune('é')
		b.WriteByte('z')
	}
	state("runes", &b)
	b.Write(make([]byte, 100))
	fmt.Println(b.Len(), b.Cap())

	// Reading makes room that a later write slides into.
	var s bytes.Buffer
	s.WriteString(strings.Repeat("abcdefgh", 8))
	state("64", &s)
	p := make([]byte, 40)
	n, err := s.Read(p)
	fmt.Println(n, err, s.Len(), s.Cap())
	s.WriteString("0123456789")
	state("slid", &s)
	s.Next(30)
	s.WriteString(strings.Repeat("y", 20))
	state("slid2", &s)
	s.Next(100)
	state("drained", &s)
	s.WriteString("fresh")
	state("fresh", &s)

	var g bytes.Buffer
	g.Grow(0)
	fmt.Println("grow0", g.Cap(), g.Len())
	g.Grow(10)
	fmt.Println("grow10", g.Cap(), g.Len())
	g.Grow(100)
	fmt.Println("grow100", g.Cap(), g.Len())
	g.WriteString("abc")
	g.Grow(1000)
	fmt.Println("grow1000", g.Cap(), g.Len(), g.String())
	try("grow-1", func() { g.Grow(-1) })

	nb := bytes.NewBuffer(make([]byte, 3, 10))
	state("newbuf", nb)
	nb.WriteString("abcdefg")
	state("newbuf+7", nb)
	nb.WriteString("h")
	state("newbuf+1", nb)
	ns := bytes.NewBufferString("")
	// (the capacity of []byte(s) is the conversion's business: not shown)
	fmt.Println("newstr", ns.Len(), ns.String())
	ns.WriteByte('q')
	fmt.Println("newstr+1", ns.Len(), ns.String())
	var z bytes.Buffer
	z.WriteByte('1')
	state("byte", &z)
	var w bytes.Buffer
	w.Write(nil)
	state("writenil", &w)
	fmt.Println(w.Bytes() == nil)
}

func reads() {
	b := bytes.NewBufferString("héllo\nwörld\nend")
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.UnreadRune(), b.Len())
	r, size, err = b.ReadRune()
	r, size, err = b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.Len())
	fmt.Println(b.UnreadByte())
	c, err := b.ReadByte()
	fmt.Println(c, err, b.UnreadByte(), b.UnreadByte(), b.Len())
	c, _ = b.ReadByte()
	fmt.Println(b.UnreadRune())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	fmt.Println(b.UnreadByte(), b.Len())
	bl, err := b.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", bl, err, b.Len())
	bl, err = b.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", bl, err, b.Len())
	bl, err = b.ReadBytes('\n')
	fmt.Printf("%q %v %v %d\n", bl, bl == nil, err, b.Len())
	s, err := b.ReadString('x')
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(b.UnreadByte())
	n, err := b.Read(make([]byte, 4))
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	_, _, err = b.ReadRune()
	fmt.Println(err, b.UnreadRune())
	_, err = b.ReadByte()
	fmt.Println(err)
	nx := b.Next(5)
	fmt.Println(nx == nil, len(nx), b.UnreadByte())

	inv := bytes.NewBuffer([]byte("\xff\xe6\x97a"))
	for {
		r, size, err := inv.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(r, " ", size, "; ")
	}

	t := bytes.NewBufferString("0123456789")
	fmt.Printf("%q ", t.Next(3))
	fmt.Println(t.UnreadByte(), t.Len(), t.UnreadByte())
	fmt.Printf("%q %q %q\n", t.Next(0), t.Next(-0), t.Next(4))
	t.Truncate(2)
	state("trunc2", t)
	try("trunc9", func() { t.Truncate(9) })
	try("trunc-1", func() { t.Truncate(-1) })
	t.Truncate(0)
	state("trunc0", t)
	t.WriteString("again")
	p := make([]byte, 2)
	t.Read(p)
	fmt.Println(t.UnreadRune(), t.UnreadByte(), t.String())
	t.Reset()
	state("reset", t)

	var nilb *bytes.Buffer
	fmt.Println(nilb.String())
}

func fromTo() {
	var b bytes.Buffer
	n, err := b.ReadFrom(&chunky{data: strings.Repeat("0123456789", 70), k: 97, err: io.EOF})
	fmt.Println(n, err, b.Len(), b.Cap())
	n, err = b.ReadFrom(&chunky{data: "tail", k: 3, err: errors.New("boom")})
	fmt.Println(n, err, b.Len(), b.Cap())
	var e bytes.Buffer
	n, err = e.ReadFrom(&chunky{err: io.EOF})
	fmt.Println(n, err, e.Len(), e.Cap())
	try("negative", func() { e.ReadFrom(&chunky{neg: true}) })

	src := bytes.NewBufferString("abcdefghij")
	l := &limited{max: 4}
	n, err = src.WriteTo(l)
	fmt.Printf("%d %v %q %d\n", n, err, l.got, src.Len())
	l = &limited{max: 2, err: errors.New("disk full")}
	n, err = src.WriteTo(l)
	fmt.Printf("%d %v %q %d\n", n, err, l.got, src.Len())
	l = &limited{max: 100}
	n, err = src.WriteTo(l)
	fmt.Printf("%d %v %q %d %d\n", n, err, l.got, src.Len(), src.Cap())
	n, err = src.WriteTo(l)
	fmt.Println(n, err)
	try("over", func() { bytes.NewBufferString("xy").WriteTo(&limited{over: true}) })
	fmt.Println(bytes.MinRead)
	_, err = bytes.NewBufferString("abc").WriteTo(&limited{max: 1})
	fmt.Println(err == io.ErrShortWrite)
	_, err = strings.NewReader("abc").WriteTo(&limited{max: 1})
	fmt.Println(err == io.ErrShortWrite)
	_, err = bytes.NewReader([]byte("abc")).WriteTo(&limited{max: 1})
	fmt.Println(err == io.ErrShortWrite)
	var u bytes.Buffer
	fmt.Println(u.UnreadByte() == u.UnreadByte(), u.UnreadRune() == u.UnreadRune())
	u.WriteString("0123")
	try("next-1", func() { u.Next(-1) })
	fmt.Println(u.Len(), u.UnreadByte())
	try("huge", func() { u.Grow(1 << 60) })
	fmt.Println(u.Len(), u.String())
	try("hugefresh", func() { var h bytes.Buffer; h.Grow(1 << 60) })
	fmt.Println(bytes.ErrTooLarge)
}

func builder() {
	var b strings.Builder
	fmt.Print("builder:")
	for i := 0; i < 10; i++ {
		b.WriteString("abcde")
		fmt.Print(" ", b.Cap())
	}
	fmt.Println()
	var r strings.Builder
	fmt.Print("runes:")
	for i := 0; i < 10; i++ {
		n, err := r.WriteRune('世')
		fmt.Print(" ", n, err, r.Cap())
	}
	n, err := r.WriteRune(-1)
	fmt.Println(" ", n, err, r.Len())
	n, err = r.WriteRune('a')
	fmt.Println(n, err, r.Len())
	var g strings.Builder
	g.WriteByte('x')
	g.Grow(3)
	fmt.Println(g.Cap())
	g.Grow(10)
	fmt.Println(g.Cap())
	g.Grow(2)
	fmt.Println(g.Cap())
	g.Write([]byte("0123456789abc"))
	fmt.Println(g.Cap(), g.Len(), g.String())
	g.Reset()
	fmt.Println(g.Cap(), g.Len(), g.String() == "")
	try("grow-1", func() { g.Grow(-1) })
	var c strings.Builder
	c.WriteString("x")
	d := c
	try("copy", func() { d.WriteString("y") })
	try("copygrow", func() { d.Grow(1) })
	fmt.Println(d.String(), d.Len())
	d.Reset()
	d.WriteString("ok")
	fmt.Println(d.String())
}

func main() {
	growth()
	reads()
	fromTo()
	builder()
}
