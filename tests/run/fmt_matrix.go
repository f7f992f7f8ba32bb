// run

// fmt's verbs, flags, widths and precisions over the basic kinds: every
// format in the list applied to every value, bad verbs included.
package main

import "fmt"

type MyInt int
type MyStr string
type MyFloat float64
type MyBytes []byte

func main() {
	values := []interface{}{
		0, 1, -1, 42, -42, 255, 1234567, -9223372036854775808, 9223372036854775807,
		int8(-128), int16(300), int32(-70000), int64(1) << 40,
		uint(0), uint8(200), uint16(65535), uint32(4000000000), uint64(18446744073709551615), uintptr(4096),
		MyInt(7), 'x', '⌘', rune(0x10FFFF), rune(-1), rune(0x110000), rune(0xD800),
		true, false,
		"", "hi", "héllo, 世界", "a\tb\n\"q\"", "\x00\xff", "`raw`", MyStr("named"),
		[]byte("abc"), []byte{}, []byte(nil), MyBytes("xyz"), [3]byte{1, 2, 255},
	}
	formats := []string{
		"%v", "%+v", "%#v", "%T", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%-05d|", "%+05d", "% 05d",
		"%.3d", "%8.3d", "%08.3d", "%.0d", "%5.0d|", "%x", "%X", "%#x", "%#X", "%#o", "%O", "%o", "%b", "%#b",
		"%08x", "%#08x", "%-#8x|", "%c", "%5c|", "%-4c|", "%q", "%+q", "%#q", "%#+q", "%U", "%#U", "%8U|", "%-10U|",
		"%.6U", "%#.6U", "%08U", "%s", "%10s|", "%-10s|", "%.2s", "%5.1s|", "%010s", "%x", "% x", "%#x", "%# x", "% X",
		"%#X", "%.1x", "%8x|", "%-8x|", "%08x|", "%t", "%6t|", "%-6t|", "%e", "%f", "%g", "%z", "%!", "%é",
	}
	for _, v := range values {
		fmt.Printf("== %T %v\n", v, v)
		for _, f := range formats {
			fmt.Printf("%s\t%s\n", f, fmt.Sprintf(f, v))
		}
	}
}
