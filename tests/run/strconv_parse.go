// run

// strconv's integer and bool parsing, with every error a *NumError whose
// text and fields are Go's: bases 0 and 2..36 (prefixes 0b 0o 0x and a
// bare 0, upper case too), underscores (only with base 0, only between
// digits), bit sizes 0..64 and the bad ones, range errors with the clamped
// value, signs, Atoi, ParseBool, FormatBool, Itoa, the error values, and
// ParseFloat's error wrapping.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func show(v any, err error) {
	if err == nil {
		fmt.Printf("  %v\n", v)
		return
	}
	ne := err.(*strconv.NumError)
	fmt.Printf("  %v | %q %q %v range=%v syntax=%v unwrap=%v\n", v, ne.Func, ne.Num, ne.Err,
		errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == ne.Err)
	fmt.Println("  ", err)
}

func main() {
	inputs := []string{
		"", "0", "1", "-1", "+1", "--1", "+-1", "-", "+", "007", "08", "0x", "0x1F", "0X1f", "0b101",
		"0B11", "0o17", "0O17", "0o8", "0b2", "1_000", "_1", "1_", "1__0", "0x_1F", "0_7", "0b_1",
		"0x1_F", "-0x_1F", "+0b1_1", "1 ", " 1", "1e3", "z", "Zz", "12a", "255", "256", "-128", "-129",
		"127", "128", "65535", "65536", "2147483647", "2147483648", "-2147483648", "-2147483649",
		"4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615",
		"18446744073709551616", "99999999999999999999999", "-99999999999999999999999",
		"0xFFFFFFFFFFFFFFFF", "0x10000000000000000", "١٢", "1\x00",
	}
	for _, s := range inputs {
		for _, bits := range []int{0, 8, 16, 32, 64} {
			fmt.Printf("ParseInt(%q, 0, %d)\n", s, bits)
			show(strconv.ParseInt(s, 0, bits))
			fmt.Printf("ParseUint(%q, 0, %d)\n", s, bits)
			show(strconv.ParseUint(s, 0, bits))
		}
		fmt.Printf("ParseInt(%q, 10, 64)\n", s)
		show(strconv.ParseInt(s, 10, 64))
		fmt.Printf("ParseUint(%q, 16, 0)\n", s)
		show(strconv.ParseUint(s, 16, 0))
		fmt.Printf("Atoi(%q)\n", s)
		show(strconv.Atoi(s))
	}
	for _, base := range []int{-1, 1, 2, 8, 10, 16, 35, 36, 37, 100} {
		for _, s := range []string{"10", "zz", "ZZ", "-11", "1_0", "101"} {
			fmt.Printf("base %d %q\n", base, s)
			show(strconv.ParseInt(s, base, 64))
			show(strconv.ParseUint(s, base, 32))
		}
	}
	for _, bits := range []int{-1, 1, 7, 63, 65, 100} {
		fmt.Printf("bits %d\n", bits)
		show(strconv.ParseInt("1", 10, bits))
		show(strconv.ParseInt("-1", 10, bits))
		show(strconv.ParseInt("3", 10, bits))
		show(strconv.ParseUint("1", 10, bits))
		show(strconv.ParseUint("2", 10, bits))
		show(strconv.ParseInt("", 10, bits))
	}
	fmt.Println("first problem wins")
	for _, s := range []string{"-5", "-9999", "+2", "-0", "99999999999999999999x", "x99999999999999999999",
		"1_99999999999999999999", "300x", "0x_", "0_", "0b", "0o", "0x", "0", "-0x8000000000000000",
		"-0b10000000", "0X80", "-0O200", "1__2", "_", "0x1__2"} {
		for _, bits := range []int{1, 2, 8, 64} {
			fmt.Printf("%q %d\n", s, bits)
			show(strconv.ParseInt(s, 0, bits))
			show(strconv.ParseUint(s, 0, bits))
			show(strconv.ParseInt(s, 10, bits))
		}
	}
	fmt.Printf("%T %T\n", strconv.ErrRange, strconv.ErrSyntax)
	fmt.Println("bad base and empty")
	show(strconv.ParseInt("", 99, 64))
	show(strconv.ParseUint("", 99, 64))
	show(strconv.ParseInt("-", 99, 64))
	show(strconv.ParseInt("5", 99, 99))
	show(strconv.ParseUint("5", 10, 99))
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE",
		"False", "", "tRUE", "yes", "2", " true"} {
		fmt.Printf("ParseBool(%q)\n", s)
		show(strconv.ParseBool(s))
	}
	for _, s := range []string{"1.5", "x", "1e400", "-1e400", "1e-400", "", "0x1p-2", "inf", "1_0.5", "3.4e39"} {
		fmt.Printf("ParseFloat(%q)\n", s)
		show(strconv.ParseFloat(s, 64))
		show(strconv.ParseFloat(s, 32))
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), strconv.Itoa(-42), strconv.Itoa(0),
		strconv.IntSize, strconv.ErrRange, strconv.ErrSyntax)
	e := &strconv.NumError{Func: "F", Num: "a\"b\n", Err: errors.New("boom")}
	fmt.Println(e.Error(), e.Unwrap())
	fmt.Println(strconv.ErrRange == strconv.ErrRange, strconv.ErrRange.Error() == strconv.ErrSyntax.Error())
}
