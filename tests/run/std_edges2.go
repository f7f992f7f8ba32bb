// run

// Edge cases of strconv.ParseFloat's syntax, errors.As's target check and
// fmt.Errorf's %w, each as Go 1.19 has them.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

func main() {
	for _, s := range []string{"1_0", "1__0", "_1", "1_", " 1", "1 ", "0x1", "0x1p0", "0x_1p0",
		"0x1_0p0", "0x1p1_0", "1e1_0", "1_0.5", "1._5", "1_.5", "1.5_", "1_e5", "1e_5", "+nan", "-nan",
		"nan", "NaN", "+Inf", "-infinity", "infinityx", "inf", "INF", "1e", "e1", ".", ".5", "5.",
		"0x.8p1", "0x1.8P3", "1e+", "1e+5", "0b101", "0o17", "01_0", "+.5e-3", "0x1p", "0X1P-2", "++1",
		"1.2.3", "", "0x", "0x.p1", "1e400", "-1e400", "1e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q %v %v | %v %v\n", s, f, err, g, err32)
	}

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "panics:", recover()) }()
		f()
	}
	var n int
	var s string
	try("As(*int)", func() { errors.As(errors.New("x"), &n) })
	try("As(*string) of nil", func() { errors.As(nil, &s) })
	var me *myErr
	try("As(**myErr)", func() { fmt.Println(errors.As(fmt.Errorf("w: %w", &myErr{"inner"}), &me), me) })
	var iface interface{ Error() string }
	try("As(*interface)", func() { fmt.Println(errors.As(&myErr{"z"}, &iface), iface) })

	base := errors.New("base")
	for _, e := range []error{
		fmt.Errorf("plain %d", 1),
		fmt.Errorf("wrap: %w", base),
		fmt.Errorf("not an error: %w", 5),
		fmt.Errorf("two: %w %w", base, base),
		fmt.Errorf("nil: %w", nil),
		fmt.Errorf("%v and %w", 1, base),
		fmt.Errorf("missing %w"),
	} {
		fmt.Printf("%T %q %v\n", e, e.Error(), errors.Unwrap(e) == base)
	}
}
