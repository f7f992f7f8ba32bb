// run

// The edges of the bytes functions: the capacities and nil-ness of what
// they return, invalid UTF-8, empty inputs, special cases and the panics
// (std_strbytes_sfuncs.go has strings').
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func cp(s string) []byte {
	b := make([]byte, len(s))
	copy(b, s)
	return b
}

func show(name string, b []byte) {
	fmt.Printf("%s %q nil=%v len=%d cap=%d\n", name, b, b == nil, len(b), cap(b))
}

func shows(name string, bs [][]byte) {
	fmt.Printf("%s nil=%v len=%d cap=%d:", name, bs == nil, len(bs), cap(bs))
	for _, b := range bs {
		fmt.Printf(" %q/%d/%v", b, cap(b), b == nil)
	}
	fmt.Println()
}

func byteResults() {
	for _, s := range []string{"", "abc", "ABC xyz", "héllo", "a\xffb", "\xff\xfe", "ǅ", "ß", "ȿ"} {
		show("upper "+s, bytes.ToUpper(cp(s)))
		show("lower "+s, bytes.ToLower(cp(s)))
		show("title "+s, bytes.ToTitle(cp(s)))
		show("Title "+s, bytes.Title(cp(s)))
		show("map "+s, bytes.Map(func(r rune) rune {
			if r == 'b' {
				return -1
			}
			if r < 128 {
				return r + 0x400
			}
			return r
		}, cp(s)))
		show("mapid "+s, bytes.Map(func(r rune) rune { return r }, cp(s)))
		show("runes "+s, []byte(string(bytes.Runes(cp(s)))))
		fmt.Println(len(bytes.Runes(cp(s))), cap(bytes.Runes(cp(s))) >= len(bytes.Runes(cp(s))), bytes.Runes(nil) == nil)
		show("valid "+s, bytes.ToValidUTF8(cp(s), []byte("<>")))
		show("valid0 "+s, bytes.ToValidUTF8(cp(s), nil))
		show("rep "+s, bytes.Repeat(cp(s), 3))
		show("rep0 "+s, bytes.Repeat(cp(s), 0))
		show("repl "+s, bytes.Replace(cp(s), []byte("b"), []byte("BB"), -1))
		show("repl0 "+s, bytes.Replace(cp(s), []byte("b"), []byte("BB"), 0))
		show("replE "+s, bytes.Replace(cp(s), nil, []byte("."), 2))
		show("replnone "+s, bytes.Replace(cp(s), []byte("q"), []byte("."), -1))
		show("trim "+s, bytes.Trim(cp(s), "abc\xff"))
		show("trimL "+s, bytes.TrimLeft(cp(s), "abcé"))
		show("trimR "+s, bytes.TrimRight(cp(s), "abcé"))
		show("trimsp "+s, bytes.TrimSpace(cp(s)))
		show("trimF "+s, bytes.TrimFunc(cp(s), unicode.IsLetter))
		show("trimLF "+s, bytes.TrimLeftFunc(cp(s), unicode.IsLetter))
		show("trimRF "+s, bytes.TrimRightFunc(cp(s), unicode.IsLetter))
		shows("fields "+s, bytes.Fields(cp(s)))
		shows("fieldsF "+s, bytes.FieldsFunc(cp(s), func(r rune) bool { return r == 'b' || r == 0xFFFD }))
		shows("split "+s, bytes.Split(cp(s), nil))
		shows("splitn "+s, bytes.SplitN(cp(s), nil, 2))
		shows("splitb "+s, bytes.Split(cp(s), []byte("b")))
		shows("splitafter "+s, bytes.SplitAfterN(cp(s), []byte("b"), 5))
		bf, af, ok := bytes.Cut(cp(s), []byte("b"))
		fmt.Println("cut", bf == nil, af == nil, ok, cap(af))
	}
	show("join", bytes.Join([][]byte{cp("a"), cp("bc")}, nil))
	show("join1", bytes.Join([][]byte{cp("abc")}, cp("--")))
	show("join1nil", bytes.Join([][]byte{nil}, cp("--")))
	show("joinnil", bytes.Join(nil, nil))
	show("trimnil", bytes.TrimSpace(nil))
	show("trimall", bytes.TrimSpace(cp("  ")))
	show("trimall2", bytes.Trim(cp("aaa"), "a"))
	show("trimallL", bytes.TrimLeft(cp("aaa"), "a"))
	show("trimallR", bytes.TrimRight(cp("aaa"), "a"))
	show("trimallF", bytes.TrimLeftFunc(cp("aaa"), unicode.IsLetter))
	show("trimallRF", bytes.TrimRightFunc(cp("aaa"), unicode.IsLetter))
	show("trimprefix", bytes.TrimPrefix(nil, nil))
	show("trimsuffix", bytes.TrimSuffix(cp("ab"), cp("ab")))
	fmt.Println(bytes.Compare([]byte("ab"), []byte("abc")), bytes.Compare([]byte("b"), []byte("abc")), bytes.Compare(nil, nil))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("ǅ"), []byte("ǆ")), bytes.EqualFold([]byte("K"), []byte("\u212a")), bytes.EqualFold([]byte("a"), []byte("a\xff")))
	try("rep-1", func() { bytes.Repeat([]byte("x"), -1) })
	try("repbig", func() { bytes.Repeat([]byte("xy"), 1<<62) })
	try("rep0big", func() { show("rep0big", bytes.Repeat(nil, 1<<62)) })
}

func main() {
	byteResults()
}
