// run

// unicode with tables a program builds itself: R16 and R32 ranges with
// strides, LatinOffset, an R32-only table, negative and huge runes, empty
// tables; a SpecialCase of its own (with UpperLower ranges and runes it does
// not cover), To with a bad case; and the predicates on the Latin-1 edges.
package main

import (
	"fmt"
	"unicode"
)

var probe = []rune{-0x80000000, -1, 0, 0x40, 0x41, 0x42, 0x5a, 0x5b, 0x7f, 0x80, 0xa0, 0xb5, 0xbf, 0xc0,
	0xd7, 0xdf, 0xff, 0x100, 0x101, 0x102, 0x104, 0x130, 0x131, 0x17f, 0x1c5, 0x2ff, 0x300, 0x3a3, 0xd800,
	0xfffe, 0xffff, 0x10000, 0x10001, 0x10004, 0x1ffff, 0x20000, 0x10ffff, 0x110000, 0x7fffffff}

func main() {
	tabs := []*unicode.RangeTable{
		{},
		{R16: []unicode.Range16{{0x41, 0x5a, 1}, {0x61, 0x7a, 2}, {0xc0, 0xff, 0x3f}}, LatinOffset: 3},
		{R16: []unicode.Range16{{0x100, 0x130, 4}, {0x17f, 0x17f, 1}, {0x2ff, 0xffff, 0xfd00}}},
		{R32: []unicode.Range32{{0x0, 0x10, 1}, {0x10000, 0x10ffff, 4}}},
		{R16: []unicode.Range16{{0xfffe, 0xffff, 1}}, R32: []unicode.Range32{{0x20000, 0x20000, 1}, {0x7ffffff0, 0x7fffffff, 15}}},
	}
	for i, t := range tabs {
		fmt.Print("table ", i, ":")
		for _, r := range probe {
			if unicode.Is(t, r) {
				fmt.Printf(" %#x", r)
			}
		}
		fmt.Println()
	}
	fmt.Println(unicode.In(0x41, tabs[0], tabs[1]), unicode.In(0x41), unicode.IsOneOf(tabs[:1], 0x41), unicode.IsOneOf(nil, 0))

	mine := unicode.SpecialCase{
		{0x41, 0x41, [unicode.MaxCase]rune{0, 5, -1}},
		{0x100, 0x10f, [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
		{0x3a3, 0x3a3, [unicode.MaxCase]rune{0, 0, 0}},
		{0x10400, 0x10401, [unicode.MaxCase]rune{1, -1, 0}},
	}
	for _, r := range []rune{-1, 0x40, 0x41, 0x42, 0x61, 0x100, 0x101, 0x10e, 0x10f, 0x110, 0x111, 0x3a3, 0x3c3, 0x10400, 0x10401, 0x10428, 0x110000} {
		fmt.Printf("%#x: %#x %#x %#x | %#x %#x %#x | %#x %#x %#x %#x\n", r,
			mine.ToUpper(r), mine.ToLower(r), mine.ToTitle(r),
			unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.AzeriCase.ToTitle(r),
			unicode.To(unicode.UpperCase, r), unicode.To(-1, r), unicode.To(unicode.MaxCase, r), unicode.To(unicode.TitleCase, r))
	}
	var empty unicode.SpecialCase
	fmt.Printf("%#x %#x %#x\n", empty.ToUpper('a'), empty.ToLower('Σ'), empty.ToTitle('ǆ'))

	for _, r := range probe {
		fmt.Printf("%#x %v %v %v %v %v %v %v %v %v %v %v %v %v\n", r, unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r),
			unicode.IsGraphic(r), unicode.IsPrint(r))
		fmt.Printf("  %#x %#x %#x %#x\n", unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
}
