// run

// bytes: Buffer (writing, reading, growing, unreading, truncating), Reader,
// and the byte-slice functions, with their nil results, subslice
// capacities, invalid UTF-8 and panics.
package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

var inputs = []string{
	"", "a", "abc", "  hello  world  ", "héllo, wörld", "日本語テキスト", "a\xffb\xfe", "\xff",
	"ﬀ Straße ǅ İstanbul ıi", "GoPHER go\tgo\ngo", "\u00a0\u2003x\u3000y\u0085", "aaaa",
	"\uFFFD and \xef\xbf", "a,b,,c,", "--x--", " \t ",
}

var seps = []string{"", "a", ",", "go", "  ", "\xff", "日本", "\uFFFD", "xyz"}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

// mk is []byte(s) with a capacity of exactly len(s) (a conversion's
// capacity is the allocator's business).
func mk(s string) []byte {
	b := make([]byte, len(s))
	for i := range b {
		b[i] = s[i]
	}
	return b
}

func show(name string, b []byte) {
	fmt.Printf("%s=%q(nil=%v,len=%d,cap=%d) ", name, b, b == nil, len(b), cap(b))
}

func showAll(name string, bs [][]byte) {
	fmt.Printf("%s=[", name)
	for _, b := range bs {
		fmt.Printf(" %q/%d", b, cap(b))
	}
	fmt.Printf(" ](nil=%v,len=%d,cap=%d)\n", bs == nil, len(bs), cap(bs))
}

func functions() {
	for _, s := range inputs {
		b := mk(s)
		fmt.Printf("%q:\n", s)
		for _, t := range seps {
			sep := mk(t)
			fmt.Printf("  %q: %v %d %d %d %v %v %d %d %v %d %v\n", t, bytes.Contains(b, sep), bytes.Index(b, sep),
				bytes.LastIndex(b, sep), bytes.Count(b, sep), bytes.HasPrefix(b, sep), bytes.HasSuffix(b, sep),
				bytes.IndexAny(b, t), bytes.LastIndexAny(b, t), bytes.ContainsAny(b, t), bytes.Compare(b, sep),
				bytes.Equal(b, sep))
			showAll("   split", bytes.Split(b, sep))
			showAll("   after", bytes.SplitAfter(b, sep))
			showAll("   n2", bytes.SplitN(b, sep, 2))
			showAll("   an0", bytes.SplitAfterN(b, sep, 0))
			before, after, found := bytes.Cut(b, sep)
			fmt.Print("   ")
			show("before", before)
			show("after", after)
			fmt.Println(found)
		}
		for _, r := range []rune{'a', 'é', '日', 0xFFFD, -1, 0x110000} {
			fmt.Print(bytes.IndexRune(b, r), bytes.ContainsRune(b, r), " ")
		}
		fmt.Println(bytes.IndexByte(b, 'a'), bytes.LastIndexByte(b, 'a'), bytes.IndexFunc(b, unicode.IsUpper),
			bytes.LastIndexFunc(b, unicode.IsSpace))
		showAll("  fields", bytes.Fields(b))
		showAll("  fieldsfunc", bytes.FieldsFunc(b, func(r rune) bool { return r == ',' || r == 'o' }))
		show("  upper", bytes.ToUpper(b))
		show("lower", bytes.ToLower(b))
		show("title", bytes.ToTitle(b))
		show("Title", bytes.Title(b))
		fmt.Println()
		show("  trimspace", bytes.TrimSpace(b))
		show("trim", bytes.Trim(b, " -a"))
		show("trimleft", bytes.TrimLeft(b, "\u00a0\xff a日"))
		show("trimright", bytes.TrimRight(b, "- \u0085"))
		fmt.Println()
		show("  trimfunc", bytes.TrimFunc(b, unicode.IsLetter))
		show("trimleftfunc", bytes.TrimLeftFunc(b, unicode.IsSpace))
		show("trimrightfunc", bytes.TrimRightFunc(b, unicode.IsSpace))
		show("prefix", bytes.TrimPrefix(b, []byte("a")))
		show("suffix", bytes.TrimSuffix(b, []byte("c")))
		fmt.Println()
		show("  replace", bytes.Replace(b, []byte("a"), []byte("AA"), 2))
		show("replaceall", bytes.ReplaceAll(b, []byte(""), []byte("|")))
		show("replace0", bytes.Replace(b, []byte("o"), []byte("0"), 0))
		show("map", bytes.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r == 'l' {
				return 0x10FFFF
			}
			return unicode.ToUpper(r)
		}, b))
		fmt.Println()
		show("  valid", bytes.ToValidUTF8(b, []byte("?")))
		show("turkish", bytes.ToUpperSpecial(unicode.TurkishCase, b))
		show("repeat", bytes.Repeat(b, 2))
		fmt.Println(bytes.Runes(b), bytes.EqualFold(b, bytes.ToUpper(b)), bytes.EqualFold(b, []byte("ABC")))
	}
	showAll("join0", [][]byte{bytes.Join(nil, []byte(","))})
	show("join0", bytes.Join(nil, []byte(",")))
	show("join1", bytes.Join([][]byte{[]byte("x")}, []byte(",")))
	show("join3", bytes.Join([][]byte{[]byte("x"), nil, []byte("日本")}, []byte(", ")))
	fmt.Println()
	show("repeat0", bytes.Repeat([]byte("ab"), 0))
	show("trimnil", bytes.Trim(nil, "x"))
	show("trimempty", bytes.Trim([]byte{}, ""))
	show("trimrightempty", bytes.TrimRight([]byte{}, "x"))
	show("trimall", bytes.Trim(mk("xxx"), "x"))
	show("trimleftall", bytes.TrimLeft(mk("xxx"), "x"))
	show("trimrightall", bytes.TrimRight(mk("xxx"), "x"))
	fmt.Println()
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")),
		bytes.Compare([]byte("b"), []byte("a")), bytes.Compare([]byte("ab"), []byte("a")))
	try("Repeat negative", func() { bytes.Repeat([]byte("x"), -1) })
	try("Repeat overflow", func() { bytes.Repeat([]byte("xy"), 1<<62) })
	// Split's pieces have their capacity cut: appending to one does not
	// overwrite the next.
	parts := bytes.Split(mk("a,b,c"), []byte(","))
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%q\n", parts)
}

func buffer() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "", b.Bytes() == nil)
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap(), b.String())
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-5)
	b.Write([]byte("界!"))
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&b, "[%d]", i*i)
	}
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	c, err := b.ReadByte()
	fmt.Println(c, err, b.UnreadByte(), b.UnreadByte())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.UnreadRune())
	p := make([]byte, 7)
	n, err := b.Read(p)
	fmt.Printf("%q %d %v %d\n", p[:n], n, err, b.Len())
	r, size, err = b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune())
	r, size, err = b.ReadRune()
	fmt.Println(r, size, err)
	fmt.Printf("%q\n", b.Next(5))
	line, err := b.ReadString(']')
	fmt.Printf("%q %v\n", line, err)
	lb, err := b.ReadBytes('[')
	fmt.Printf("%q %v\n", lb, err)
	fmt.Println(b.UnreadByte(), b.Len())
	b.Truncate(5)
	fmt.Printf("%q %d\n", b.String(), b.Cap())
	try("Truncate", func() { b.Truncate(100) })
	try("Truncate neg", func() { b.Truncate(-1) })
	rest, err := b.ReadString('z')
	fmt.Printf("%q %v %d\n", rest, err, b.Len())
	_, err = b.ReadByte()
	fmt.Println(err, err == io.EOF)
	_, _, err = b.ReadRune()
	fmt.Println(err)
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	b.Reset()
	b.Grow(1000)
	fmt.Println(b.Len(), b.Cap())
	try("Grow", func() { b.Grow(-1) })
	for i := 0; i < 100; i++ {
		b.WriteString("0123456789")
		if i%10 == 9 {
			fmt.Print(b.Cap(), " ")
		}
	}
	fmt.Println()
	for b.Len() > 10 {
		b.Next(97)
		b.WriteString("abc")
	}
	fmt.Println(b.Len(), b.Cap(), b.String())

	nb := bytes.NewBufferString("line one\nline two\nthree")
	for {
		l, err := nb.ReadString('\n')
		fmt.Printf("%q %v\n", l, err)
		if err != nil {
			break
		}
	}
	nb2 := bytes.NewBuffer(mk("xyz"))
	nb2.WriteString("w")
	fmt.Println(nb2.String(), nb2.Len())
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())

	var dst bytes.Buffer
	src := bytes.NewBufferString("copied through ReadFrom and WriteTo")
	m, err := dst.ReadFrom(src)
	fmt.Println(m, err, dst.String(), dst.Cap())
	var out bytes.Buffer
	m, err = dst.WriteTo(&out)
	fmt.Println(m, err, out.String(), dst.Len())
	var small bytes.Buffer
	small.WriteByte('x')
	fmt.Println(small.Cap())
	var big bytes.Buffer
	big.Write(make([]byte, 100))
	fmt.Println(big.Cap())
}

func reader() {
	r := bytes.NewReader([]byte("héllo, 世界!"))
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf[:n], r.Len())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadRune(), r.UnreadRune())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(ch), size, " ")
	}
	n, err = r.ReadAt(buf, 12)
	fmt.Println(n, err, buf[:n])
	n, err = r.ReadAt(buf, -1)
	fmt.Println(n, err)
	pos, err := r.Seek(-3, 2)
	fmt.Println(pos, err, r.Len())
	pos, err = r.Seek(-30, 1)
	fmt.Println(pos, err)
	pos, err = r.Seek(1, 9)
	fmt.Println(pos, err)
	r.Seek(8, 0)
	var out bytes.Buffer
	m, err := r.WriteTo(&out)
	fmt.Println(m, err, out.String())
	r.Reset([]byte("again"))
	n, err = r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	r = bytes.NewReader(nil)
	fmt.Println(r.UnreadByte(), r.Len())
}

func main() {
	functions()
	buffer()
	reader()
}
