// run

// strings: searching, splitting, joining, trimming, case mapping, replacing,
// Builder, Reader and Replacer, on ASCII, non-ASCII and invalid UTF-8
// input, with the panics of Repeat and Builder.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

var inputs = []string{
	"", "a", "abc", "  hello  world  ", "héllo, wörld", "日本語テキスト", "a\xffb\xfe", "\xff",
	"ﬀ Straße ǅ İstanbul ıi", "GoPHER go\tgo\ngo", "\u00a0\u2003x\u3000y\u0085", "aaaa", "ΣΑΣ σας",
	"\uFFFD and \xef\xbf", "a,b,,c,", "--x--", "KELVIN \u212a k",
}

var seps = []string{"", "a", ",", "go", "  ", "\xff", "日本", "ü", "\uFFFD", "xyz"}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func searching() {
	for _, s := range inputs {
		for _, t := range seps {
			fmt.Printf("%q %q: %v %d %d %d %v %v %d %v %v\n", s, t,
				strings.Contains(s, t), strings.Index(s, t), strings.LastIndex(s, t), strings.Count(s, t),
				strings.HasPrefix(s, t), strings.HasSuffix(s, t), strings.IndexAny(s, t),
				strings.ContainsAny(s, t), strings.LastIndexAny(s, t))
		}
		for _, r := range []rune{'a', 'é', '日', 0xFFFD, -1, 0x110000, 0xD800, 'x'} {
			fmt.Print(strings.IndexRune(s, r), strings.ContainsRune(s, r), " ")
		}
		fmt.Println(strings.IndexByte(s, 'a'), strings.LastIndexByte(s, 'a'),
			strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsSpace))
	}
	fmt.Println(strings.Index("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyz", "xyz"),
		strings.LastIndex("abcabcabc", "abc"), strings.LastIndex("abc", "abcd"),
		strings.Index("abc", "abc"), strings.Count("aaaaa", "aa"), strings.Count("", ""),
		strings.LastIndexAny("a\xffb", "\xfe\xfd"), strings.IndexAny("x\xff", "\xfe"),
		strings.LastIndexAny("\xff", "\uFFFDx"))
}

func splitting() {
	for _, s := range inputs {
		for _, t := range seps {
			a := strings.Split(s, t)
			b := strings.SplitAfter(s, t)
			fmt.Printf("%q %q: %q %d %d | %q\n", s, t, a, len(a), cap(a), b)
			for _, n := range []int{-1, 0, 1, 2, 3} {
				x := strings.SplitN(s, t, n)
				y := strings.SplitAfterN(s, t, n)
				fmt.Printf("  %d %q %v %d | %q\n", n, x, x == nil, cap(x), y)
			}
		}
		f := strings.Fields(s)
		ff := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
		fmt.Printf("fields %q %d %d %q %d\n", f, len(f), cap(f), ff, cap(ff))
		before, after, found := strings.Cut(s, ",")
		fmt.Printf("cut %q %q %v\n", before, after, found)
	}
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{"a"}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"a", "", "b", "日本"}, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"", ""}, ""))
	fmt.Printf("%q\n", strings.Fields(" \t\n\v\f\r "))
}

func trimming() {
	cutsets := []string{"", " ", "-", "ab", "-x", "日", "\xff", " \u00a0", "\uFFFD", "lo, héw"}
	for _, s := range inputs {
		fmt.Printf("%q: %q %q %q\n", s, strings.TrimSpace(s), strings.TrimPrefix(s, "a"), strings.TrimSuffix(s, "c"))
		for _, c := range cutsets {
			fmt.Printf("  %q: %q %q %q\n", c, strings.Trim(s, c), strings.TrimLeft(s, c), strings.TrimRight(s, c))
		}
		fmt.Printf("  func: %q %q %q\n", strings.TrimFunc(s, unicode.IsLetter),
			strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, func(r rune) bool { return r >= 0x80 }))
	}
}

func mapping() {
	for _, s := range inputs {
		fmt.Printf("%q: %q %q %q %q\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
		fmt.Printf("  %q %q %q\n", strings.ToUpperSpecial(unicode.TurkishCase, s),
			strings.ToLowerSpecial(unicode.TurkishCase, s), strings.ToValidUTF8(s, "?"))
		drop := strings.Map(func(r rune) rune {
			if r == 'a' || r == 'l' {
				return -1
			}
			if r == 'o' {
				return '日'
			}
			return r
		}, s)
		same := strings.Map(func(r rune) rune { return r }, s)
		fmt.Printf("  %q %q %q\n", drop, same, strings.ToValidUTF8(s, ""))
		for _, t := range inputs {
			if strings.EqualFold(s, t) && s != t {
				fmt.Printf("  equalfold %q %q\n", s, t)
			}
		}
		fmt.Print("  compare")
		for _, t := range inputs[:6] {
			fmt.Print(" ", strings.Compare(s, t))
		}
		fmt.Println()
	}
	pairs := [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"k", "\u212a"}, {"ß", "SS"}, {"a\xff", "A\xff"},
		{"ǅ", "ǆ"}, {"abc", "abcd"}, {"", ""}, {"İ", "i"}, {"\xff", "\uFFFD"}}
	for _, p := range pairs {
		fmt.Print(strings.EqualFold(p[0], p[1]), " ")
	}
	fmt.Println()
}

func replacing() {
	for _, s := range inputs {
		fmt.Printf("%q: %q %q %q %q %q\n", s, strings.Replace(s, "a", "AA", 2), strings.ReplaceAll(s, "", "|"),
			strings.Replace(s, "", "-", 3), strings.ReplaceAll(s, "go", ""), strings.Replace(s, "l", "L", 0))
		r := strings.NewReplacer("a", "1", "aa", "2", "o", "0", "", "_", "日本", "JP")
		r2 := strings.NewReplacer("go", "Go", "g", "G", "ll", "LL", "\xff", "?")
		r3 := strings.NewReplacer("a", "b", "b", "a")
		fmt.Printf("  %q %q %q\n", r.Replace(s), r2.Replace(s), r3.Replace(s))
	}
	var b strings.Builder
	n, err := strings.NewReplacer("<", "&lt;", ">", "&gt;").WriteString(&b, "<a> & <b>")
	fmt.Println(b.String(), n, err)
	fmt.Println(strings.NewReplacer("", "X", "a", "A").Replace("abc"))
	fmt.Println(strings.NewReplacer("a", "A", "", "X").Replace("abc"))
	fmt.Println(strings.NewReplacer().Replace("abc"))
	try("NewReplacer", func() { strings.NewReplacer("a") })
	fmt.Println(strings.Repeat("ab", 0) == "", strings.Repeat("", 5) == "", strings.Repeat("日", 5), len(strings.Repeat("xyz", 1000)))
	try("Repeat negative", func() { strings.Repeat("x", -1) })
	try("Repeat overflow", func() { strings.Repeat("xy", 1<<62) })
	fmt.Println(strings.Clone("clone"), strings.Clone("") == "")
}

func building() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 20; i++ {
		b.WriteByte('a' + byte(i))
		b.WriteRune('é')
		b.WriteString("-")
		b.Write([]byte{'0' + byte(i%10)})
	}
	fmt.Println(b.String(), b.Len())
	n, err := b.WriteRune(0x1F600)
	fmt.Println(n, err, b.Len())
	n, err = b.WriteRune(-1)
	fmt.Println(n, err, b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100)
	fmt.Fprintf(&b, "%d-%s", 42, "x")
	fmt.Println(b.String())
	s1 := b.String()
	b.WriteString("more")
	fmt.Println(s1, b.String())
	try("Grow", func() { b.Grow(-1) })
	try("copy", func() {
		c := b
		c.WriteString("boom")
	})
	var w io.Writer = &b
	w.Write([]byte("!"))
	fmt.Println(b.String())
	var zero strings.Builder
	copied := zero
	copied.WriteString("ok: zero builders may be copied")
	fmt.Println(copied.String())
}

func reading() {
	r := strings.NewReader("héllo, 世界!")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf[:n], r.Len())
	c, err := r.ReadByte()
	fmt.Println(c, err)
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadRune(), r.UnreadRune())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err, err == io.EOF)
			break
		}
		fmt.Print(string(ch), size, " ")
	}
	fmt.Println(r.Len())
	n, err = r.ReadAt(buf, 2)
	fmt.Println(n, err, buf[:n])
	n, err = r.ReadAt(buf, 12)
	fmt.Println(n, err, buf[:n])
	n, err = r.ReadAt(buf, 100)
	fmt.Println(n, err)
	n, err = r.ReadAt(buf, -1)
	fmt.Println(n, err)
	pos, err := r.Seek(3, 0)
	fmt.Println(pos, err, r.Len())
	pos, err = r.Seek(-2, 2)
	fmt.Println(pos, err, r.Len())
	pos, err = r.Seek(-100, 1)
	fmt.Println(pos, err)
	pos, err = r.Seek(0, 7)
	fmt.Println(pos, err)
	var b strings.Builder
	r.Seek(7, 0)
	m, err := r.WriteTo(&b)
	fmt.Println(m, err, b.String(), r.Len())
	r.Reset("again")
	n, err = r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	var zero strings.Reader
	n, err = zero.Read(buf)
	fmt.Println(n, err, zero.Len())
	r = strings.NewReader("")
	fmt.Println(r.UnreadByte())
}

func main() {
	searching()
	splitting()
	trimming()
	mapping()
	replacing()
	building()
	reading()
}
