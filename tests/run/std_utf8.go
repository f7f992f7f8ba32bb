// run

// unicode/utf8: encoding, decoding (valid and invalid input), counting,
// validation, with the edge cases of the encoding.
package main

import (
	"fmt"
	"unicode/utf8"
)

var samples = []string{
	"",
	"a",
	"héllo, 世界",
	"\xff",
	"\xc0\x80",             // overlong
	"\xc1\xbf",             // overlong
	"\xc2\x80",             // U+0080
	"\xdf\xbf",             // U+07FF
	"\xe0\x80\x80",         // overlong
	"\xe0\x9f\xbf",         // overlong
	"\xe0\xa0\x80",         // U+0800
	"\xed\x9f\xbf",         // U+D7FF
	"\xed\xa0\x80",         // surrogate
	"\xed\xbf\xbf",         // surrogate
	"\xee\x80\x80",         // U+E000
	"\xef\xbf\xbd",         // U+FFFD
	"\xef\xbf\xbf",         // U+FFFF
	"\xf0\x8f\xbf\xbf",     // overlong
	"\xf0\x90\x80\x80",     // U+10000
	"\xf4\x8f\xbf\xbf",     // U+10FFFF
	"\xf4\x90\x80\x80",     // too large
	"\xf5\x80\x80\x80",     // invalid lead
	"\xe4\xb8",             // short
	"\xf0\x9f\x98",         // short
	"\xf0\x9f\x98\x80!",    // emoji then ASCII
	"a\x80b\xbfc",          // stray continuation bytes
	"\x80\x80\x80\x80\x80", // only continuation bytes
	"日本\xe8",
	"\xe6\x97\xa5\xe6\x9c",
}

func main() {
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	for _, s := range samples {
		r, n := utf8.DecodeRuneInString(s)
		br, bn := utf8.DecodeRune([]byte(s))
		lr, ln := utf8.DecodeLastRuneInString(s)
		blr, bln := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q: first %U/%d %U/%d last %U/%d %U/%d count %d %d valid %v %v full %v %v\n",
			s, r, n, br, bn, lr, ln, blr, bln,
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)),
			utf8.ValidString(s), utf8.Valid([]byte(s)),
			utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
		// walk forwards and backwards
		var fw, bw []rune
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			fw = append(fw, r)
			i += n
		}
		for j := len(s); j > 0; {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			bw = append(bw, r)
			j -= n
		}
		fmt.Println("  ", fw, bw)
		for i := 0; i <= len(s); i++ {
			if !utf8.FullRuneInString(s[:i]) {
				fmt.Print(" short@", i)
			}
		}
		fmt.Println()
	}
	runes := []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, -0x80000000, 0x7fffffff}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		a := utf8.AppendRune([]byte("x"), r)
		fmt.Printf("%d %d % x % x %v %v\n", r, utf8.RuneLen(r), buf[:n], a, utf8.ValidRune(r), string(r) == string(buf[:n]))
	}
	for b := 0; b < 256; b += 15 {
		fmt.Print(utf8.RuneStart(byte(b)), " ")
	}
	fmt.Println()
	var all []byte
	for r := rune(0); r < 0x11000; r += 37 {
		all = utf8.AppendRune(all, r)
	}
	fmt.Println(len(all), utf8.RuneCount(all), utf8.Valid(all))
	ok := true
	for i, r := range string(all) {
		r2, _ := utf8.DecodeRune(all[i:])
		if r != r2 {
			ok = false
		}
	}
	fmt.Println(ok)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	short := make([]byte, 2)
	utf8.EncodeRune(short, 0x4e16)
}
