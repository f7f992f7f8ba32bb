// Package strconv converts numbers and booleans to strings and back, with
// Go's results and Go's errors.
//
// This file is the Go half: parsing integers and booleans, and the error
// values. Formatting, quoting and float parsing are C (runtime/strconv.c,
// runtime/ftoa.c), behind the declarations without bodies below. Every
// failed parse returns a *NumError naming the exported function that was
// called and the whole input it was given.
package strconv

import "errors"

var (
	// ErrRange is the Err of a NumError for a value the type cannot hold.
	ErrRange = errors.New("value out of range")
	// ErrSyntax is the Err of a NumError for input that is no number.
	ErrSyntax = errors.New("invalid syntax")
)

// NumError describes a failed conversion: the function (ParseInt, Atoi,
// ...), its input, and the reason.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// IntSize is the width of int and uint in bits.
const IntSize = 64

// Itoa formats i in decimal.
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// FormatInt formats i in base (2 to 36), with lower-case letters.
func FormatInt(i int64, base int) string

// FormatUint formats i in base (2 to 36), with lower-case letters.
func FormatUint(i uint64, base int) string

// FormatFloat formats f in the format fmt ('b', 'e', 'E', 'f', 'g', 'G',
// 'x' or 'X') with prec digits (-1: the fewest that read back as f),
// rounding as a float of bitSize (32 or 64) bits.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if !b {
		return "false"
	}
	return "true"
}

// Quote returns s as a double-quoted Go string literal.
//
//go:noescape
func Quote(s string) string

// QuoteRune returns r as a single-quoted Go rune literal.
func QuoteRune(r rune) string

// Atoi is ParseInt(s, 10, 0) as an int, its errors naming Atoi.
func Atoi(s string) (int, error) {
	v, err := ParseInt(s, 10, 0)
	if err != nil {
		err.(*NumError).Func = "Atoi"
	}
	return int(v), err
}

// digitValue is c's value as a digit of a base up to 36 (letters in
// either case standing for 10 to 35), or 36 if c is no digit.
func digitValue(c byte) uint64 {
	if c-'0' < 10 {
		return uint64(c - '0')
	}
	if l := c | 0x20; l-'a' < 26 {
		return uint64(l-'a') + 10
	}
	return 36
}

// impliedBase reads the base of a literal parsed with base 0: 0b, 0o or
// 0x (in either case) followed by something, a bare leading 0 for octal,
// else decimal. It returns the base and what follows the prefix.
func impliedBase(s string) (int, string) {
	if s[0] != '0' {
		return 10, s
	}
	if len(s) >= 3 {
		switch s[1] | 0x20 {
		case 'b':
			return 2, s[2:]
		case 'o':
			return 8, s[2:]
		case 'x':
			return 16, s[2:]
		}
	}
	return 8, s[1:]
}

// separatorsOK reports whether every '_' in a base-0 literal s (digits and
// underscores only, after a two-character prefix if prefixed) stands
// between two digits; the prefix counts as a digit.
func separatorsOK(s string, prefixed bool) bool {
	prev := byte('_') // the start is no digit
	if prefixed {
		s, prev = s[2:], '0'
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && prev == '_' {
			return false
		}
		prev = s[i]
	}
	return prev != '_'
}

// ParseUint is ParseInt for unsigned numbers: no sign is allowed.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, &NumError{fn, s, ErrSyntax}
	}
	digits, free := s, base == 0
	switch {
	case free:
		base, digits = impliedBase(s)
	case base < 2 || base > 36:
		return 0, &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if uint(bitSize) > 64 {
		return 0, &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
	}

	// Digits are taken left to right and the first problem ends the
	// parse: a character that is no digit of the base is a syntax error,
	// a value past limit a range error (returning limit).
	limit := ^uint64(0) >> uint(64-bitSize)
	b := uint64(base)
	// v*b + dv stays within limit exactly when v < limit/b, or v equals
	// it and dv is at most limit%b.
	most, spare := limit/b, limit%b
	var v uint64
	separated := false
	for i := 0; i < len(digits); i++ {
		if digits[i] == '_' && free {
			separated = true
			continue
		}
		dv := digitValue(digits[i])
		if dv >= b {
			return 0, &NumError{fn, s, ErrSyntax}
		}
		if v > most || v == most && dv > spare {
			return limit, &NumError{fn, s, ErrRange}
		}
		v = v*b + dv
	}
	if separated && !separatorsOK(s, len(s)-len(digits) == 2) {
		return 0, &NumError{fn, s, ErrSyntax}
	}
	return v, nil
}

// ParseInt parses s, an optional sign and then digits in base (2 to 36,
// or 0: the base then comes from the prefix, and underscores may separate
// digits), as an integer of bitSize bits (0 meaning int).
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, &NumError{fn, s, ErrSyntax}
	}
	digits, neg := s, false
	switch s[0] {
	case '-':
		digits, neg = s[1:], true
	case '+':
		digits = s[1:]
	}
	mag, err := ParseUint(digits, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		ne := err.(*NumError)
		ne.Func, ne.Num = fn, s
		return 0, err
	}
	// A range error from ParseUint left mag at the largest unsigned value,
	// which the check below turns into ParseInt's own; but with bitSize 1
	// that value is 1, which is in range when negative, and Go then
	// returns -1 and no error.
	if bitSize == 0 {
		bitSize = IntSize
	}
	// The largest magnitude allowed is 2^(bitSize-1)-1, or one more for a
	// negative number; int64 arithmetic wraps at -2^63 as it must.
	bound := uint64(1)<<uint(bitSize-1) - 1
	if neg {
		bound++
	}
	if mag > bound {
		mag, err = bound, &NumError{fn, s, ErrRange}
	} else {
		err = nil
	}
	i = int64(mag)
	if neg {
		i = -i
	}
	return i, err
}

// ParseBool accepts 1, t, T, true, True and TRUE, and 0, f, F, false,
// False and FALSE.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "True", "TRUE":
		return true, nil
	case "0", "f", "F", "false", "False", "FALSE":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// ParseFloat parses s as a float of bitSize bits (32 or 64), rounding
// correctly. Out of range, it returns ±Inf (or the zero the value
// underflows to, as Go does) with ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	var status int
	f := parseFloat(s, bitSize, &status)
	switch status {
	case 0:
		return f, nil
	case 2:
		return f, &NumError{"ParseFloat", s, ErrRange}
	}
	return 0, &NumError{"ParseFloat", s, ErrSyntax}
}

// parseFloat is the C parser (runtime/stdlink.c); status is 0 for success,
// 1 for bad syntax, 2 for out of range (with f what Go returns then).
//
//go:noescape
func parseFloat(s string, bitSize int, status *int) float64
