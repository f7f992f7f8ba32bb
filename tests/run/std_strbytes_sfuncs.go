// run

// The edges of the strings functions: invalid UTF-8, empty inputs, special
// cases and the panics (std_strbytes_funcs.go has bytes').
package main

import (
	"bytes"
	"fmt"
	"strings"
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

func stringResults() {
	for _, s := range []string{"", "abc", "ABC xyz", "héllo wörld", "a\xffb", "\xff\xfe", "ǅx ß", "ȿ", "\uFFFD\xff"} {
		fmt.Printf("%q: %q %q %q %q %q\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s), strings.ToValidUTF8(s, "?"))
		fmt.Printf("  %q %q %q\n", strings.Map(func(r rune) rune {
			if r == 'b' {
				return -1
			}
			return unicode.ToUpper(r)
		}, s), strings.Map(func(r rune) rune { return r }, s), strings.Map(func(r rune) rune { return 'x' }, s))
		fmt.Printf("  %q %q %q %q\n", strings.Fields(s), strings.FieldsFunc(s, unicode.IsUpper), strings.SplitN(s, "", 3), strings.SplitAfterN(s, "b", -1))
		fmt.Printf("  %q %q %q %q %q\n", strings.Trim(s, "a\xff"), strings.TrimLeft(s, "aéh"), strings.TrimRight(s, "\uFFFD"), strings.TrimSpace(s), strings.TrimFunc(s, unicode.IsLower))
		fmt.Printf("  %q %q %q %q\n", strings.Replace(s, "", "-", -1), strings.Replace(s, "", "-", 2), strings.Replace(s, "b", "", 1), strings.Repeat(s, 2))
		fmt.Println(" ", strings.IndexAny(s, "\xff"), strings.IndexAny(s, "\uFFFD"), strings.LastIndexAny(s, "\uFFFD"), strings.LastIndexAny(s, "bé"), strings.IndexRune(s, 0xFFFD), strings.IndexRune(s, -5), strings.IndexRune(s, 0x10FFFF+1), strings.ContainsRune(s, 'é'), strings.Count(s, ""), strings.LastIndex(s, ""), strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsLower))
		fmt.Println(" ", strings.EqualFold(s, strings.ToUpper(s)), strings.Compare(s, "abc"), strings.Clone(s) == s, strings.HasPrefix(s, ""), strings.HasSuffix(s, "c"))
	}
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("k", "\u212a"), strings.EqualFold("σ", "ς"), strings.EqualFold("ab", "a"))
	fmt.Println(strings.LastIndexAny("\xff", "\uFFFD"), strings.LastIndexAny("é", "\xc3"), strings.IndexAny("x\xffy", "\xff"), strings.LastIndexAny("a", ""), strings.IndexAny("", "a"))
	fmt.Println(strings.Clone("") == "", strings.Join(nil, ","), strings.Join([]string{"a"}, ","), strings.Join([]string{"", ""}, ""))
	fmt.Printf("%q %q %q\n", strings.Split("", ""), strings.Split("", ","), strings.SplitN("a,b", ",", 0) == nil)
	try("rep-1", func() { strings.Repeat("x", -1) })
	try("repbig", func() { strings.Repeat("xy", 1<<62) })
	fmt.Printf("%q\n", strings.Repeat("", 1<<62))
	for _, c := range []unicode.SpecialCase{unicode.TurkishCase, unicode.AzeriCase} {
		fmt.Println(strings.ToUpperSpecial(c, "iıİI"), strings.ToLowerSpecial(c, "iıİI"), strings.ToTitleSpecial(c, "iı"))
		fmt.Printf("%q %q %q\n", bytes.ToUpperSpecial(c, []byte("iı")), bytes.ToLowerSpecial(c, []byte("İI")), bytes.ToTitleSpecial(c, []byte("i")))
	}
}

func main() {
	stringResults()
}
