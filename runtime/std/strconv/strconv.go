// Package strconv converts between strings and basic types, with Go's
// results and Go's error values (*NumError).
package strconv

// ErrRange indicates that a value is out of range for the target type.
var ErrRange error = &simpleError{"value out of range"}

// ErrSyntax indicates that a value does not have the right syntax.
var ErrSyntax error = &simpleError{"invalid syntax"}

type simpleError struct{ s string }

func (e *simpleError) Error() string { return e.s }

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// FormatInt returns the string representation of i in the given base.
func FormatInt(i int64, base int) string

// FormatUint returns the string representation of i in the given base.
func FormatUint(i uint64, base int) string

// FormatFloat converts f to a string, as Go's does ('e', 'E', 'f', 'g', 'G', 'b', 'x', 'X').
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// Quote returns a double-quoted Go string literal representing s.
//
//go:noescape
func Quote(s string) string

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	i, err := ParseInt(s, 10, 0)
	if err != nil {
		err.(*NumError).Func = "Atoi"
	}
	return int(i), err
}

func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint is like ParseInt but for unsigned numbers.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	if s == "" {
		return 0, &NumError{"ParseUint", s, ErrSyntax}
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, &NumError{"ParseUint", s0, &simpleError{"invalid base " + Itoa(base)}}
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, &NumError{"ParseUint", s0, &simpleError{"invalid bit size " + Itoa(bitSize)}}
	}
	maxVal := uint64(1)<<uint(bitSize) - 1
	var n uint64
	underscores := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, &NumError{"ParseUint", s0, ErrSyntax}
		}
		if d >= byte(base) {
			return 0, &NumError{"ParseUint", s0, ErrSyntax}
		}
		if n >= (1<<64-1)/uint64(base)+1 {
			return maxVal, &NumError{"ParseUint", s0, ErrRange}
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, &NumError{"ParseUint", s0, ErrRange}
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, &NumError{"ParseUint", s0, ErrSyntax}
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit
// size (0 to 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	if s == "" {
		return 0, &NumError{"ParseInt", s, ErrSyntax}
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = "ParseInt"
		err.(*NumError).Num = s0
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), &NumError{"ParseInt", s0, ErrRange}
	}
	if neg && un > cutoff {
		return -int64(cutoff), &NumError{"ParseInt", s0, ErrRange}
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// underscoreOK reports whether the underscores in s are allowed: only
// between digits, or between a base prefix and a digit.
func underscoreOK(s string) bool {
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	var status int
	f := parseFloat(s, bitSize, &status)
	switch status {
	case 1:
		return 0, &NumError{"ParseFloat", s, ErrSyntax}
	case 2:
		return f, &NumError{"ParseFloat", s, ErrRange}
	}
	return f, nil
}

// parseFloat is the C runtime's; it sets status to 0 (ok), 1 (bad syntax)
// or 2 (out of range, with f the infinity or zero Go returns).
//
//go:noescape
func parseFloat(s string, bitSize int, status *int) float64
