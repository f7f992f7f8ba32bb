// run

// unicode/utf8 on every one- and two-byte input, and every three- and
// four-byte input built from a set of interesting bytes, summed into
// checksums per function; EncodeRune into short buffers (which index
// panics), and RuneLen/ValidRune/AppendRune over all of rune's edges.
package main

import (
	"fmt"
	"unicode/utf8"
)

var edge = []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
	0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf7, 0xf8, 0xff}

type sums struct{ dec, decS, last, lastS, full, fullS, count, countS, valid, validS uint64 }

func (s *sums) add(b []byte) {
	mix := func(h *uint64, v int) { *h = (*h^uint64(v))*1099511628211 + 7 }
	str := string(b)
	r, n := utf8.DecodeRune(b)
	mix(&s.dec, int(r)*8+n)
	r, n = utf8.DecodeRuneInString(str)
	mix(&s.decS, int(r)*8+n)
	r, n = utf8.DecodeLastRune(b)
	mix(&s.last, int(r)*8+n)
	r, n = utf8.DecodeLastRuneInString(str)
	mix(&s.lastS, int(r)*8+n)
	f := 0
	if utf8.FullRune(b) {
		f = 1
	}
	mix(&s.full, f)
	f = 0
	if utf8.FullRuneInString(str) {
		f = 1
	}
	mix(&s.fullS, f)
	mix(&s.count, utf8.RuneCount(b))
	mix(&s.countS, utf8.RuneCountInString(str))
	f = 0
	if utf8.Valid(b) {
		f = 1
	}
	mix(&s.valid, f)
	f = 0
	if utf8.ValidString(str) {
		f = 1
	}
	mix(&s.validS, f)
}

func main() {
	var s1, s2, s3, s4 sums
	s1.add(nil)
	for a := 0; a < 256; a++ {
		s1.add([]byte{byte(a)})
		for b := 0; b < 256; b++ {
			s2.add([]byte{byte(a), byte(b)})
		}
	}
	for _, a := range edge {
		for _, b := range edge {
			for _, c := range edge {
				s3.add([]byte{a, b, c})
				for _, d := range edge {
					s4.add([]byte{a, b, c, d})
					s4.add([]byte{d, a, b, c, 0x41})
				}
			}
		}
	}
	fmt.Println(s1)
	fmt.Println(s2)
	fmt.Println(s3)
	fmt.Println(s4)

	for _, r := range []rune{0x7f, 0x80, 0x7ff, 0x800, 0xd800, 0xffff, 0x10000, 0x110000, -1} {
		for size := 0; size <= 4; size++ {
			func() {
				defer func() {
					if e := recover(); e != nil {
						fmt.Println("  ", r, size, e)
					}
				}()
				buf := make([]byte, size)
				n := utf8.EncodeRune(buf, r)
				fmt.Printf("%d %d % x\n", r, size, buf[:n])
			}()
		}
	}
	var h uint64
	for r := rune(-3); r < 0x110003; r++ {
		b := utf8.AppendRune(nil, r)
		v := 0
		if utf8.ValidRune(r) {
			v = 1
		}
		h = h*31 + uint64(utf8.RuneLen(r)+10*len(b)+100*v)
		for _, c := range b {
			h = h*31 + uint64(c)
		}
	}
	fmt.Println(h)
	for _, r := range []rune{-1 << 31, 1<<31 - 1, 0x10ffff, 0x110000, 0xdfff, 0xe000} {
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), utf8.AppendRune([]byte{}, r))
	}
}
