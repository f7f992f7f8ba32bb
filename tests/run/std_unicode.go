// run

// unicode: every predicate and case mapping over every code point (as
// checksums), tables, In, SimpleFold orbits, SpecialCase, user RangeTables.
package main

import (
	"fmt"
	"unicode"
)

type pred struct {
	name string
	f    func(rune) bool
}

var preds = []pred{
	{"IsLetter", unicode.IsLetter},
	{"IsDigit", unicode.IsDigit},
	{"IsNumber", unicode.IsNumber},
	{"IsSpace", unicode.IsSpace},
	{"IsUpper", unicode.IsUpper},
	{"IsLower", unicode.IsLower},
	{"IsTitle", unicode.IsTitle},
	{"IsPunct", unicode.IsPunct},
	{"IsSymbol", unicode.IsSymbol},
	{"IsMark", unicode.IsMark},
	{"IsControl", unicode.IsControl},
	{"IsGraphic", unicode.IsGraphic},
	{"IsPrint", unicode.IsPrint},
}

type table struct {
	name string
	t    *unicode.RangeTable
}

var tables = []table{
	{"L", unicode.L}, {"Lu", unicode.Lu}, {"Ll", unicode.Ll}, {"Lt", unicode.Lt},
	{"Lm", unicode.Lm}, {"Lo", unicode.Lo}, {"M", unicode.M}, {"Mn", unicode.Mn},
	{"Mc", unicode.Mc}, {"Me", unicode.Me}, {"N", unicode.N}, {"Nd", unicode.Nd},
	{"Nl", unicode.Nl}, {"No", unicode.No}, {"P", unicode.P}, {"Pc", unicode.Pc},
	{"Pd", unicode.Pd}, {"Ps", unicode.Ps}, {"Pe", unicode.Pe}, {"Pi", unicode.Pi},
	{"Pf", unicode.Pf}, {"Po", unicode.Po}, {"S", unicode.S}, {"Sm", unicode.Sm},
	{"Sc", unicode.Sc}, {"Sk", unicode.Sk}, {"So", unicode.So}, {"Z", unicode.Z},
	{"Zs", unicode.Zs}, {"Zl", unicode.Zl}, {"Zp", unicode.Zp}, {"C", unicode.C},
	{"Cc", unicode.Cc}, {"Cf", unicode.Cf}, {"Co", unicode.Co}, {"Cs", unicode.Cs},
	{"Letter", unicode.Letter}, {"Upper", unicode.Upper}, {"Lower", unicode.Lower},
	{"Digit", unicode.Digit}, {"Space", unicode.Space}, {"Punct", unicode.Punct},
	{"Han", unicode.Han}, {"Latin", unicode.Latin}, {"Greek", unicode.Greek},
	{"Cyrillic", unicode.Cyrillic}, {"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew},
	{"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul},
	{"Thai", unicode.Thai}, {"Devanagari", unicode.Devanagari}, {"Common", unicode.Common},
	{"White_Space", unicode.White_Space}, {"Hex_Digit", unicode.Hex_Digit},
	{"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit}, {"Dash", unicode.Dash},
	{"Quotation_Mark", unicode.Quotation_Mark},
}

const last = unicode.MaxRune + 2

func main() {
	fmt.Println(unicode.Version, unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	for _, p := range preds {
		n, sum := 0, 0
		for r := rune(-2); r <= last; r++ {
			if p.f(r) {
				n++
				sum = sum*31 + int(r)
			}
		}
		fmt.Println(p.name, n, sum)
	}
	for _, t := range tables {
		n, sum := 0, 0
		for r := rune(-2); r <= last; r++ {
			if unicode.Is(t.t, r) {
				n++
				sum = sum*31 + int(r)
			}
		}
		fmt.Println(t.name, n, sum)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower},
		{"ToTitle", unicode.ToTitle}, {"SimpleFold", unicode.SimpleFold},
		{"TurkishUpper", turkishUpper}, {"TurkishLower", turkishLower},
		{"TurkishTitle", turkishTitle},
	}
	for _, m := range maps {
		n, sum := 0, 0
		for r := rune(-2); r <= last; r++ {
			if x := m.f(r); x != r {
				n++
				sum = sum*31 + int(x)*7 + int(r)
			}
		}
		fmt.Println(m.name, n, sum)
	}
	for _, r := range "aAkKsSß\u212a\u017fΣσςµΜ1 ǅǄǆİıiI\u1e9e" {
		fmt.Printf("%q:", r)
		f := r
		for {
			f = unicode.SimpleFold(f)
			fmt.Printf(" %q", f)
			if f == r {
				break
			}
		}
		fmt.Printf(" upper %q lower %q title %q", unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
		fmt.Printf(" to %q %q %q %q\n", unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r),
			unicode.To(unicode.TitleCase, r), unicode.To(7, r))
	}
	fmt.Println(unicode.SimpleFold(-5), unicode.SimpleFold(0x110000))
	fmt.Println(unicode.In('x', unicode.Greek, unicode.Latin), unicode.In('λ', unicode.Han), unicode.In('λ'),
		unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Greek}, 'λ'))
	mine := &unicode.RangeTable{
		R16: []unicode.Range16{{0x41, 0x5a, 1}, {0x100, 0x200, 3}, {0xfff0, 0xfffe, 2}},
		R32: []unicode.Range32{{0x10000, 0x10010, 4}, {0x20000, 0x20000, 1}},
	}
	for _, r := range []rune{-1, 0x40, 0x41, 0x5a, 0x5b, 0x100, 0x101, 0x103, 0x1ff, 0x200, 0xfff0, 0xfff1, 0xfffe, 0x10000, 0x10004, 0x10005, 0x10010, 0x20000, 0x20001, 0x100041} {
		fmt.Print(unicode.Is(mine, r), " ")
	}
	fmt.Println()
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.UpperLower, unicode.MaxCase)
}

func turkishUpper(r rune) rune { return unicode.TurkishCase.ToUpper(r) }
func turkishLower(r rune) rune { return unicode.TurkishCase.ToLower(r) }
func turkishTitle(r rune) rune { return unicode.AzeriCase.ToTitle(r) }
