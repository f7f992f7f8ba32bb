// run

// Printf's format parsing and its error forms: missing and extra operands,
// bad widths and precisions, argument indexes, a format ending in %, %%, and
// the spacing rules of Print, Sprint and Println.
package main

import (
	"errors"
	"fmt"
	"os"
)

type S string
type E struct{}

func (E) Error() string { return "E!" }

func main() {
	cases := []struct {
		f string
		a []interface{}
	}{
		{"%d", nil},
		{"%d %d", []interface{}{1}},
		{"%d", []interface{}{1, 2}},
		{"x", []interface{}{1, "a", nil, 2.5}},
		{"", []interface{}{nil}},
		{"%", nil},
		{"abc%", []interface{}{1}},
		{"%-", nil},
		{"%5", []interface{}{1}},
		{"%.", []interface{}{1}},
		{"%.d", []interface{}{0}},
		{"%.d", []interface{}{7}},
		{"%%", nil},
		{"%5%|%-5%|", nil},
		{"100%% %d%%", []interface{}{5}},
		{"%*d", []interface{}{5, 42}},
		{"%-*d|", []interface{}{5, 42}},
		{"%*d|", []interface{}{-5, 42}},
		{"%.*f", []interface{}{2, 3.14159}},
		{"%.*f", []interface{}{-1, 3.14159}},
		{"%*.*f|", []interface{}{10, 3, 3.14159}},
		{"%*d", []interface{}{"x", 42}},
		{"%*d", []interface{}{10000000, 42}},
		{"%.*d", []interface{}{"x", 42}},
		{"%.*d", []interface{}{uint8(3), 42}},
		{"%*d", []interface{}{uint64(18446744073709551615), 1}},
		{"%*d", []interface{}{int8(-3), 1}},
		{"%*d", nil},
		{"%100000000000d", []interface{}{1}},
		{"%.100000000000d", []interface{}{1}},
		{"%1000d|", []interface{}{1}},
		{"%.300d|", []interface{}{-1}},
		{"%-300.200x|", []interface{}{255}},
		{"%300.200s|", []interface{}{"abc"}},
		{"%.200f|", []interface{}{1.0 / 3}},
		{"%0200.100e|", []interface{}{-1.0 / 3}},
		{"%[2]d %[1]d", []interface{}{1, 2}},
		{"%[2]d %d", []interface{}{1, 2, 3}},
		{"%[3]d", []interface{}{1, 2}},
		{"%[0]d", []interface{}{1}},
		{"%[x]d", []interface{}{1}},
		{"%[1]d %[1]x %[1]o", []interface{}{64}},
		{"%[2]*[1]d|", []interface{}{12, 5}},
		{"%[1]*.[2]*[3]f|", []interface{}{10, 2, 3.14159}},
		{"%[3]*.[2]*[1]f|", []interface{}{12.0, 2, 6}},
		{"%[1]2d", []interface{}{1}},
		{"%[1].2d", []interface{}{1}},
		{"%[", []interface{}{1}},
		{"%[1", []interface{}{1}},
		{"%[]d", []interface{}{1}},
		{"%[-1]d", []interface{}{1}},
		{"%[99999999999999999999]d", []interface{}{1}},
		{"%[1]d %d %d", []interface{}{1, 2}},
		{"%d %[1]d extra", []interface{}{1, 2, 3}},
		{"%.[2]d", []interface{}{1, 2}},
		{"%!d", []interface{}{1}},
		{"%-+ #0d", []interface{}{12}},
		{"%0-5d|", []interface{}{12}},
		{"%-05d|", []interface{}{-12}},
		{"%+ d", []interface{}{12}},
		{"% +d", []interface{}{12}},
		{"%w", []interface{}{errors.New("e")}},
		{"%w", []interface{}{1}},
		{"%w|%w|%w", []interface{}{[]int{1, 2}, struct{}{}, map[string]int{"a": 1}}},
		{"%w|%w|%+w", []interface{}{[]byte("ab"), [2]byte{1, 2}, struct{ A []byte }{[]byte("c")}}},
		{"%w|%w|%w", []interface{}{S("s"), "t", E{}}},
		{"%v %v", []interface{}{nil, []interface{}{nil}}},
		{"%d %s %x", []interface{}{nil, nil, nil}},
		{"%T %T", []interface{}{nil, S("x")}},
		{"%5T|%-10T|", []interface{}{1, "s"}},
		{"%s", []interface{}{E{}}},
		{"%d", []interface{}{E{}}},
		{"%x", []interface{}{E{}}},
		{"%q", []interface{}{E{}}},
		{"%v", []interface{}{&E{}}},
		{"%s %d", []interface{}{[]interface{}{E{}, 1}, []interface{}{E{}}}},
		{"%é%ü", []interface{}{1, 2}},
		{"héllo %d wörld", []interface{}{3}},
		{"%v\x00%v", []interface{}{1, 2}},
		{"%3c|%-3c|", []interface{}{'a', 'é'}},
		{"%08.3d|%+.3d|% .3d", []interface{}{7, 7, 7}},
		{"%x %X", []interface{}{-255, -255}},
		{"%#x %#o %#b", []interface{}{-255, -8, -5}},
		{"%.0d|%.0x|%5.0d|", []interface{}{0, 0, 0}},
	}
	for _, c := range cases {
		fmt.Printf("%q\t%q\n", c.f, fmt.Sprintf(c.f, c.a...))
	}

	// Print: a space between operands when neither is a string.
	fmt.Print(1, 2, "a", 3, "b", "c", 4, 5, nil, 6, S("s"), 7, E{}, 8, '\n')
	fmt.Print("\n")
	fmt.Print()
	fmt.Print(nil, nil, "\n")
	fmt.Print([]string{"x"}, []string{"y"}, "\n")
	fmt.Println()
	fmt.Println("a", 1, "b", nil, 2.5, true, S("s"), E{}, []int{1})
	s := fmt.Sprint("x", 1, 2, "y", "z", 3.0, 'r', true, false)
	fmt.Println(len(s), s)
	fmt.Println(fmt.Sprintln("a", "b", 1) + "|")
	fmt.Println(fmt.Sprint() + "|" + fmt.Sprintln() + "|" + fmt.Sprintf("") + "|")
	n, err := fmt.Println("count me", 12)
	fmt.Println(n, err)
	n, err = fmt.Printf("%d%s\n", 1, "é")
	fmt.Println(n, err)
	n, err = fmt.Print("ab", 1, 2, "\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 3)
	fmt.Fprintf(os.Stdout, "%05.1f|%x\n", 2.25, "hi")
	fmt.Fprint(os.Stdout, 1, 2, "\n")

	e := fmt.Errorf("ctx %d: %w", 7, errors.New("base"))
	fmt.Println(e, errors.Unwrap(e))
	e2 := fmt.Errorf("no wrap %v", 1)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	fmt.Printf("%s|%v|%q\n", e, e, e)
}
