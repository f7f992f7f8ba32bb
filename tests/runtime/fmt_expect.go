// fmt_expect.go prints fmt_expect.h, the expected output of Go 1.19's fmt
// for the cases fmt_test.c runs against gosub's runtime:
//
//	go run tests/runtime/fmt_expect.go > tests/runtime/fmt_expect.h
//
// The values below and the C values in fmt_test.c carry the same names; the
// verb lists are emitted into the header so both sides use the same ones.
// Outputs that contain a heap address are recorded as "unchecked".
package main

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"strings"
	"unsafe"
)

type T struct {
	A int
	B string
}

type U struct {
	a int
	b []int
	c *int
}

type Emb struct {
	T
	Z int
}

type I struct {
	E error
	V any
}

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.n) }

type W struct {
	X S
	y S
}

type E struct{ msg string }

func (e *E) Error() string {
	if e == nil {
		return "E(nil)"
	}
	return "E:" + e.msg
}

type G struct{ n int }

func (g G) GoString() string { return "G!" }

type MyInt int
type MyStr string
type MyFloat float64
type B []byte

type value struct {
	name string
	v    any
}

var ints = []value{
	{"int 0", 0},
	{"int 42", 42},
	{"int -42", -42},
	{"int max", math.MaxInt64},
	{"int min", math.MinInt64},
	{"int8 -128", int8(-128)},
	{"int16 300", int16(300)},
	{"int32 x", 'x'},
	{"int64 -1", int64(-1)},
	{"uint 7", uint(7)},
	{"uint8 200", uint8(200)},
	{"uint16 65535", uint16(65535)},
	{"uint32 deadbeef", uint32(0xdeadbeef)},
	{"uint64 max", uint64(math.MaxUint64)},
	{"uintptr 4096", uintptr(4096)},
	{"int 0x1F600", 0x1F600},
	{"int 0x110000", 0x110000},
	{"MyInt 5", MyInt(5)},
}

var floats = []value{
	{"float64 0", 0.0},
	{"float64 -0", math.Copysign(0, -1)},
	{"float64 1", 1.0},
	{"float64 3.14", 3.14},
	{"float64 -2.5", -2.5},
	{"float64 1e21", 1e21},
	{"float64 1e20", 1e20},
	{"float64 123456789", 123456789.0},
	{"float64 100000", 100000.0},
	{"float64 1e6", 1e6},
	{"float64 1e-7", 1e-7},
	{"float64 0.0001", 0.0001},
	{"float64 0.1", 0.1},
	{"float64 2/3", 2.0 / 3},
	{"float64 5e-324", 5e-324},
	{"float64 max", math.MaxFloat64},
	{"float64 +inf", math.Inf(1)},
	{"float64 -inf", math.Inf(-1)},
	{"float64 nan", math.NaN()},
	{"float32 0.1", float32(0.1)},
	{"float32 3.4e38", float32(3.4e38)},
	{"float32 -1.5", float32(-1.5)},
	{"float32 16777216", float32(16777216)},
	{"complex128 1+2i", complex(1, 2)},
	{"complex128 -1.5-0.5i", complex(-1.5, -0.5)},
	{"complex128 inf nan", complex(math.Inf(1), math.NaN())},
	{"complex64 1.5+0i", complex64(complex(1.5, 0))},
	{"MyFloat 2.5", MyFloat(2.5)},
}

var strs = []value{
	{"string hello", "hello"},
	{"string empty", ""},
	{"string unicode", "héllo, 世界"},
	{"string escapes", "a\tb\n\"c\"\\\x00\x7f'"},
	{"string invalid", "\xff\xfe ok \xc3"},
	{"string bom", "\ufeffx"},
	{"string backquote", "a`b"},
	{"string nonprint", "\u00ad\u200b\U0001F600\U000E0001\u0378"},
	{"MyStr hi", MyStr("hi")},
	{"bytes hi", []byte("hi\x00\xff")},
	{"B named", B("ab")},
	{"bytes nil", []byte(nil)},
	{"array3 byte", [3]byte{'a', 'b', 'c'}},
}

var others = []value{
	{"bool true", true},
	{"bool false", false},
	{"nil", nil},
	{"ints", []int{1, 2, 3}},
	{"ints nil", []int(nil)},
	{"ints empty", []int{}},
	{"array3 int", [3]int{1, -2, 3}},
	{"strings", []string{"a", "b c"}},
	{"floats", []float64{1.5, 2, 1e21}},
	{"anys", []any{1, "a", nil, 2.5, S{7}}},
	{"T", T{1, "x"}},
	{"*T", &T{2, "y"}},
	{"*T nil", (*T)(nil)},
	{"*int nil", (*int)(nil)},
	{"U", U{1, []int{2}, nil}},
	{"Emb", Emb{T{1, "x"}, 3}},
	{"I zero", I{}},
	{"I full", I{&E{"m"}, 5}},
	{"S", S{1}},
	{"W", W{S{1}, S{2}}},
	{"*S nil", (*S)(nil)},
	{"*E", &E{"bad"}},
	{"*E nil", (*E)(nil)},
	{"G", G{1}},
	{"Gs", []G{{1}}},
	{"unsafe nil", unsafe.Pointer(nil)},
	{"ptrs nil", []*T{nil}},
	{"array2 slices", [2][]int{{1}, nil}},
	{"empty struct", struct{}{}},
}

var verbsAll = []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%8v", "%-6v|", "%e", "%c", "%p", "%t", "%.1v"}

var verbsInt = []string{"%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%#x", "%#o", "%O", "%b", "%#b",
	"%X", "%o", "%q", "%U", "%#U", "%08.3d", "%.0d", "%+.3x", "%-#8x|", "%#X", "%x", "%#v", "%010v", "%+08d"}

var verbsFloat = []string{"%e", "%E", "%f", "%F", "%g", "%G", "%.3e", "%.0f", "%.3f", "%10.3f", "%-10.3f|",
	"%+.3g", "%010.2f", "% f", "%#g", "%#.3x", "%x", "%X", "%b", "%.20f", "%#.0f", "%#e", "%08v",
	"%.30e", "%.3g", "%.10g", "%+v", "%#v", "% .2e", "%-+9.1e|", "%#.4g", "%06v", "%.0e", "%.17g", "%#x", "%.1x", "%8.2x"}

var verbsString = []string{"%5s", "%-5s|", "%.2s", "% x", "%#x", "% #X", "%+q", "%#q", "%#+q", "%10q", "%.3q",
	"%05s", "%.1x", "%X", "%-8q|", "%08q", "%#v", "%5.1s|", "%v", "%d"}

var verbsOther = []string{"%5v", "%05d", "%+d", "%x", "%#x", "%08.3f", "%q", "%10v|", "%-10v|"}

// Printf cases with their own formats and arguments; fmt_test.c has the same
// labels with the same arguments.
type pcase struct {
	label  string
	format string
	args   []any
}

var printfCases = []pcase{
	{"extra", "%d", []any{1, 2, "x", nil}},
	{"extra none", "hi", []any{1}},
	{"missing", "%d %d %s", []any{1}},
	{"noverb", "%", []any{}},
	{"noverb width", "%-5", []any{1}},
	{"percent", "100%% %d%%", []any{5}},
	{"percent width", "%5%|", []any{}},
	{"index", "%[2]d %[1]d", []any{1, 2}},
	{"index reuse", "%[1]d %[1]x %d", []any{10, 11}},
	{"index bad", "%[3]d", []any{1, 2}},
	{"index zero", "%[0]d", []any{1}},
	{"index syntax", "%[x]d %d", []any{1, 2}},
	{"index unclosed", "%[1d", []any{1}},
	{"star width", "%*d|", []any{5, 42}},
	{"star neg width", "%*d|", []any{-5, 42}},
	{"star prec", "%.*f", []any{2, 3.14159}},
	{"star neg prec", "%.*f", []any{-2, 3.14159}},
	{"star both", "%*.*f|", []any{8, 3, 3.14159}},
	{"star bad width", "%*d", []any{"x", 42}},
	{"star bad prec", "%.*d", []any{"x", 42}},
	{"star big", "%*d", []any{10000000, 42}},
	{"star uint", "%*d|", []any{uint8(4), 42}},
	{"star index", "%[3]*.[2]*[1]f|", []any{12.0, 2, 6}},
	{"star missing", "%*d", []any{5}},
	{"after index width", "%[1]2d", []any{1}},
	{"after index prec", "%[1].2d", []any{1}},
	{"nonascii verb", "%ü", []any{1}},
	{"nonascii text", "héllo %s ✓", []any{"wörld"}},
	{"bad verb nil", "%d", []any{nil}},
	{"bad verb T nil", "%T", []any{nil}},
	{"bool verbs", "%t %v %5t|%-6t|", []any{true, false, true, false}},
	{"mixed", "%s=%d (%5.2f%%) %q %v", []any{"a", 7, 99.5, 'x', []string{"p"}}},
	{"flags order", "%-08d|%0-8d|%+-8d|% -8d|", []any{1, 2, 3, 4}},
	{"zero with prec", "%08.3d|%08.3f|", []any{5, 5.0}},
	{"many flags", "%#-+ 010.3x|", []any{255}},
	{"plus space", "%+ d|% +d|", []any{5, 5}},
	{"sharp v plus", "%#+v|%+#v", []any{T{1, "x"}, T{2, "y"}}},
	{"width unicode", "%6s|%-6s|%6q|", []any{"日本", "日本", "日本"}},
	{"prec unicode", "%.2s|%.1q|%.3x", []any{"日本語", "日本語", "日本語"}},
	{"char", "%c%c%c|%5c|%-3c|", []any{'G', 'o', 0x1F600, 'x', 'y'}},
	{"char invalid", "%c|%q|%U", []any{-1, 0xD800, -1}},
	{"w verb", "%w", []any{&E{"x"}}},
	{"nested error", "%v %s", []any{[]error{&E{"a"}, nil}, I{&E{"b"}, nil}}},
	{"long width", "%300d|", []any{1}},
	{"huge prec", "%.100f", []any{1.0 / 3}},
	{"bytes verbs", "%s|%q|%x|% X|%v|%d|%c", []any{[]byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab")}},
}

type scase struct {
	label string
	args  []any
}

var printCases = []scase{
	{"ints", []any{1, 2, 3}},
	{"strings", []any{"a", "b", "c"}},
	{"mixed", []any{1, "a", 2, 3, "b", "c", 4.5, nil, true}},
	{"string then int", []any{"x", 1}},
	{"int then string", []any{1, "x"}},
	{"nils", []any{nil, nil}},
	{"empty", []any{}},
	{"named string", []any{1, MyStr("m"), 2}},
	{"errors", []any{&E{"a"}, &E{"b"}}},
	{"stringers", []any{S{1}, S{2}, "z", S{3}}},
}

// addresses collects, in hex and decimal, every pointer reachable from v: an output that
// contains one of them depends on where Go allocated things.
func addresses(v reflect.Value, out map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer, reflect.UnsafePointer, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func:
		if p := v.Pointer(); p != 0 {
			out[fmt.Sprintf("%x", p)] = true
			out[fmt.Sprintf("%d", p)] = true
		}
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			addresses(v.Elem(), out)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			addresses(v.Index(i), out)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			addresses(v.Field(i), out)
		}
	}
}

func hasAddress(got string, args ...any) bool {
	addrs := map[string]bool{}
	for _, a := range args {
		addresses(reflect.ValueOf(a), addrs)
	}
	for a := range addrs {
		if strings.Contains(strings.ToLower(got), a) {
			return true
		}
	}
	return false
}

func cquote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\' || c == '?':
			fmt.Fprintf(&b, "\\%03o", c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func entry(label, got string, args ...any) {
	if hasAddress(got, args...) {
		fmt.Printf("    {%s, NULL, 0},\n", cquote(label))
		return
	}
	fmt.Printf("    {%s, %s, %d},\n", cquote(label), cquote(got), len(got))
}

func verbList(name string, verbs []string) {
	fmt.Printf("static const char *const %s[] = {", name)
	for i, v := range verbs {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Print(cquote(v))
	}
	fmt.Printf("};\n")
}

func main() {
	fmt.Println("/* Generated by fmt_expect.go with Go 1.19 (go run fmt_expect.go > fmt_expect.h); do not edit. */")
	verbList("verbs_all", verbsAll)
	verbList("verbs_int", verbsInt)
	verbList("verbs_float", verbsFloat)
	verbList("verbs_string", verbsString)
	verbList("verbs_other", verbsOther)
	fmt.Println("\n/* want == NULL: Go's output holds a heap address; not compared. */")
	fmt.Println("static const struct { const char *label, *want; size_t len; } fmt_expect[] = {")
	groups := []struct {
		verbs  []string
		values []value
	}{{verbsInt, ints}, {verbsFloat, floats}, {verbsString, strs}, {verbsOther, others}}
	all := append(append(append(append([]value{}, ints...), floats...), strs...), others...)
	for _, v := range all {
		for _, verb := range verbsAll {
			entry(verb+"|"+v.name, fmt.Sprintf(verb, v.v), v.v)
		}
	}
	for _, g := range groups {
		for _, v := range g.values {
			for _, verb := range g.verbs {
				entry(verb+"|"+v.name, fmt.Sprintf(verb, v.v), v.v)
			}
		}
	}
	for _, c := range printfCases {
		entry("printf|"+c.label, fmt.Sprintf(c.format, c.args...), c.args...)
	}
	for _, c := range printCases {
		entry("sprint|"+c.label, fmt.Sprint(c.args...), c.args...)
		entry("sprintln|"+c.label, fmt.Sprintln(c.args...), c.args...)
	}
	fmt.Println("};")
	if len(os.Args) > 1 {
		fmt.Fprintln(os.Stderr, "no arguments expected")
		os.Exit(2)
	}
}
