package time

// String prints t as Go's default layout does,
// "2006-01-02 15:04:05.999999999 -0700 MST", then, when t carries a
// monotonic reading, " m=" and that reading in seconds with its sign.
// (Format and the other layouts are not provided.)
func (t Time) String() string {
	abbrev, offset, _ := t.local()
	year, month, day, _, hour, min, sec := t.fields()
	b := make([]byte, 0, 72)
	if year < 0 {
		b = append(b, '-')
		year = -year
	}
	b = appendUint(b, uint64(year), 4)
	b = append(b, '-')
	b = appendUint(b, uint64(month), 2)
	b = append(b, '-')
	b = appendUint(b, uint64(day), 2)
	b = append(b, ' ')
	b = appendUint(b, uint64(hour), 2)
	b = append(b, ':')
	b = appendUint(b, uint64(min), 2)
	b = append(b, ':')
	b = appendUint(b, uint64(sec), 2)
	if t.frac != 0 {
		f := appendFixed(nil, 1e9+uint64(t.frac), 9) // "1.5" for 500ms
		b = append(b, f[1:]...)
	}
	b = append(b, ' ')
	b = appendZone(b, offset)
	b = append(b, ' ')
	if abbrev != "" {
		b = append(b, abbrev...)
	} else {
		b = appendZone(b, offset) // a zone without a name prints as -0700
	}
	if t.hasMono {
		m := uint64(t.mono)
		b = append(b, " m=+"...)
		if t.mono < 0 {
			b[len(b)-1] = '-'
			m = -m
		}
		b = appendUint(b, m/1e9, 0)
		b = append(b, '.')
		b = appendUint(b, m%1e9, 9)
	}
	return string(b)
}

// appendZone appends an offset east of UTC in seconds as ±hhmm.
func appendZone(b []byte, offset int) []byte {
	mins := offset / 60
	if mins < 0 {
		b = append(b, '-')
		mins = -mins
	} else {
		b = append(b, '+')
	}
	b = appendUint(b, uint64(mins/60), 2)
	return appendUint(b, uint64(mins%60), 2)
}
