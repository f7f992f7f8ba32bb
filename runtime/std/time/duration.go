package time

import "errors"

// A Duration is a signed count of nanoseconds; it spans about 292 years
// either way.
type Duration int64

const (
	lowestDuration  Duration = -1 << 63
	highestDuration Duration = 1<<63 - 1
)

// The units. To count units in a Duration, divide (d / Millisecond); to
// make one from a count, multiply (n * Second).
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// appendFixed appends v / 10^places, with the fraction's trailing zeros
// (and its point, when nothing is left) dropped.
func appendFixed(b []byte, v uint64, places int) []byte {
	var pow uint64 = 1
	for i := 0; i < places; i++ {
		pow *= 10
	}
	b = appendUint(b, v/pow, 0)
	rest := v % pow
	if rest == 0 {
		return b
	}
	for rest%10 == 0 {
		rest /= 10
		places--
	}
	b = append(b, '.')
	return appendUint(b, rest, places)
}

// appendUint appends v in decimal, left-padded with zeros to width digits.
func appendUint(b []byte, v uint64, width int) []byte {
	var tmp [20]byte
	n := 0
	for v > 0 || n == 0 {
		tmp[n] = byte('0' + v%10)
		v /= 10
		n++
	}
	for ; width > n; width-- {
		b = append(b, '0')
	}
	for n > 0 {
		n--
		b = append(b, tmp[n])
	}
	return b
}

// String writes d as hours, minutes and seconds, such as "1h2m3.5s"; below
// a second it uses the largest fitting unit of ms, µs and ns ("1.5µs"), and
// zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	n := uint64(d)
	if d < 0 {
		n = -n
	}
	b := make([]byte, 0, 32)
	if d < 0 {
		b = append(b, '-')
	}
	switch {
	case n < 1e3:
		b = append(appendUint(b, n, 0), "ns"...)
	case n < 1e6:
		b = append(appendFixed(b, n, 3), "µs"...)
	case n < 1e9:
		b = append(appendFixed(b, n, 6), "ms"...)
	default:
		hours := n / 3600e9
		mins := n / 60e9 % 60
		if hours > 0 {
			b = append(appendUint(b, hours, 0), 'h')
		}
		if hours > 0 || mins > 0 {
			b = append(appendUint(b, mins, 0), 'm')
		}
		b = append(appendFixed(b, n%60e9, 9), 's')
	}
	return string(b)
}

// Nanoseconds gives d as a count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds gives d as a whole count of microseconds.
func (d Duration) Microseconds() int64 { return int64(d / Microsecond) }

// Milliseconds gives d as a whole count of milliseconds.
func (d Duration) Milliseconds() int64 { return int64(d / Millisecond) }

// Seconds gives d in seconds, fraction included.
func (d Duration) Seconds() float64 {
	return float64(d/Second) + float64(d%Second)/1e9
}

// Minutes gives d in minutes, fraction included.
func (d Duration) Minutes() float64 {
	return float64(d/Minute) + float64(d%Minute)/(60*1e9)
}

// Hours gives d in hours, fraction included.
func (d Duration) Hours() float64 {
	return float64(d/Hour) + float64(d%Hour)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m; m <= 0 leaves d.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// halfBelow tells whether r is less than half of m (both non-negative),
// without overflowing.
func halfBelow(r, m Duration) bool {
	return uint64(r)*2 < uint64(m)
}

// Round rounds d to the nearest multiple of m, halves away from zero,
// saturating at the ends of Duration's range; m <= 0 leaves d.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if halfBelow(r, m) {
			return d + r
		}
		if down := d - (m - r); down < d {
			return down
		}
		return lowestDuration
	}
	if halfBelow(r, m) {
		return d - r
	}
	if up := d + (m - r); up > d {
		return up
	}
	return highestDuration
}

// Abs gives |d|; the most negative Duration gives the most positive.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == lowestDuration:
		return highestDuration
	}
	return -d
}

// quoted puts s between double quotes, backslashing quotes and backslashes
// and writing the bytes of control and non-ASCII characters as \xNN.
func quoted(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

// unitSizes gives each suffix ParseDuration accepts its size in ns.
var unitSizes = map[string]uint64{
	"ns": 1,
	"us": 1e3,
	"µs": 1e3, // U+00B5, micro sign
	"μs": 1e3, // U+03BC, Greek mu
	"ms": 1e6,
	"s":  1e9,
	"m":  60e9,
	"h":  3600e9,
}

// ParseDuration reads a duration: an optional sign, then one or more
// decimal numbers (a fraction allowed), each with a unit of "ns", "us"
// (or "µs"), "ms", "s", "m" or "h", as in "1h15m" or "-2.5s".
func ParseDuration(s string) (Duration, error) {
	bad := func() (Duration, error) {
		return 0, errors.New("time: invalid duration " + quoted(s))
	}
	rest := s
	negative := false
	if rest != "" && (rest[0] == '-' || rest[0] == '+') {
		negative = rest[0] == '-'
		rest = rest[1:]
	}
	if rest == "0" {
		return 0, nil
	}
	if rest == "" {
		return bad()
	}
	var total uint64
	for rest != "" {
		// The whole part.
		var whole uint64
		i := 0
		for ; i < len(rest) && '0' <= rest[i] && rest[i] <= '9'; i++ {
			if whole > (1<<63)/10 {
				return bad()
			}
			whole = whole*10 + uint64(rest[i]-'0')
			if whole > 1<<63 {
				return bad()
			}
		}
		digits := i
		// The fraction: digits past what fits are ignored.
		var frac uint64
		scale := 1.0
		if i < len(rest) && rest[i] == '.' {
			i++
			start := i
			full := false
			for ; i < len(rest) && '0' <= rest[i] && rest[i] <= '9'; i++ {
				if full {
					continue
				}
				next := frac*10 + uint64(rest[i]-'0')
				if frac > (1<<63-1)/10 || next > 1<<63 {
					full = true
					continue
				}
				frac = next
				scale *= 10
			}
			digits += i - start
		}
		if digits == 0 {
			return bad()
		}
		rest = rest[i:]
		// The unit runs to the next digit or point.
		j := 0
		for ; j < len(rest) && rest[j] != '.' && (rest[j] < '0' || rest[j] > '9'); j++ {
		}
		if j == 0 {
			return 0, errors.New("time: missing unit in duration " + quoted(s))
		}
		name := rest[:j]
		rest = rest[j:]
		size, ok := unitSizes[name]
		if !ok {
			return 0, errors.New("time: unknown unit " + quoted(name) + " in duration " + quoted(s))
		}
		if whole > (1<<63)/size {
			return bad()
		}
		whole *= size
		if frac > 0 {
			whole += uint64(float64(frac) * (float64(size) / scale))
			if whole > 1<<63 {
				return bad()
			}
		}
		total += whole
		if total > 1<<63 {
			return bad()
		}
	}
	if negative {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return bad()
	}
	return Duration(total), nil
}
