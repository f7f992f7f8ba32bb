// run

// The order and number of the calls strings and bytes make to the
// functions they are given (a function with a side effect sees them).
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

var seen []rune

func spy(r rune) bool {
	seen = append(seen, r)
	return unicode.IsSpace(r) || r == 'x' || r == 0xFFFD
}

func mapper(r rune) rune {
	seen = append(seen, r)
	if r == 'a' {
		return -1
	}
	return unicode.ToUpper(r)
}

func report(name string, v interface{}) {
	fmt.Printf("%s %q %q\n", name, v, string(seen))
	seen = nil
}

func main() {
	for _, s := range []string{"", "  ab x\xffc ", "xax", "é\t世 x", "\xff\xfe"} {
		b := []byte(s)
		report("TrimFunc", strings.TrimFunc(s, spy))
		report("TrimLeftFunc", strings.TrimLeftFunc(s, spy))
		report("TrimRightFunc", strings.TrimRightFunc(s, spy))
		report("FieldsFunc", strings.FieldsFunc(s, spy))
		report("IndexFunc", strings.IndexFunc(s, spy))
		report("LastIndexFunc", strings.LastIndexFunc(s, spy))
		report("Map", strings.Map(mapper, s))
		report("bTrimFunc", bytes.TrimFunc(b, spy))
		report("bTrimLeftFunc", bytes.TrimLeftFunc(b, spy))
		report("bTrimRightFunc", bytes.TrimRightFunc(b, spy))
		report("bFieldsFunc", bytes.FieldsFunc(b, spy))
		report("bIndexFunc", bytes.IndexFunc(b, spy))
		report("bLastIndexFunc", bytes.LastIndexFunc(b, spy))
		report("bMap", bytes.Map(mapper, b))
	}
}
