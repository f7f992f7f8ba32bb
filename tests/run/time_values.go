// run

// Package time's values: Duration printing, rounding and parsing, and the
// calendar arithmetic of fixed Times (nothing here depends on Now).

package main

import (
	"fmt"
	"time"
)

func main() {
	durs := []time.Duration{0, 1, 999, 1500, 1500 * time.Microsecond, time.Second,
		time.Hour + 2*time.Minute + 3500*time.Millisecond, 2 * time.Minute, -90 * time.Second,
		time.Duration(-1 << 63), time.Duration(1<<63 - 1), 100 * time.Hour}
	for _, d := range durs {
		fmt.Println(d, d.String(), d.Hours(), d.Minutes(), d.Seconds(),
			d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs())
	}
	for _, m := range []time.Duration{0, time.Second, time.Minute, 7 * time.Millisecond, time.Hour} {
		for _, d := range []time.Duration{1500 * time.Millisecond, -1500 * time.Millisecond,
			89 * time.Second, time.Duration(1<<63 - 1), time.Duration(-1 << 63)} {
			fmt.Println(d, m, d.Round(m), d.Truncate(m))
		}
	}
	for _, s := range []string{"0", "-0", "+5s", "1h2m3.5s", "1.5µs", "1.5μs", "3us", "-2.25ms", "10ns",
		".5s", "1.s", "", "-", "3", "3x", "1h1", "9223372036854775807ns", "9223372036854775808ns",
		"-9223372036854775808ns", "2562047h47m16.854775807s", "2562047h48m", "0.000000000001s",
		"1.0000000000000000001s", "\"x", "héllo"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q %v %v\n", s, d, err)
	}

	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600),
		time.FixedZone("", 5*3600+1800), time.FixedZone("", -3600)}
	for _, loc := range zones {
		t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, loc)
		fmt.Println(t, t.Location(), t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
		name, off := t.Zone()
		fmt.Println(name, off, t.UTC(), t.In(zones[1]))
	}
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t, t.Weekday(), t.YearDay(), t.IsZero(), time.Time{}.IsZero(), time.Time{})
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, -1, 0, 0, -1, time.UTC))
	for _, y := range []int{1, 1600, 1900, 1969, 1970, 2000, 2020, 2021, 2100, 2400, 9999, 10000, 0, -1, -400} {
		for _, md := range [][2]int{{1, 1}, {2, 28}, {3, 1}, {12, 31}} {
			d := time.Date(y, time.Month(md[0]), md[1], 6, 30, 0, 0, time.UTC)
			yy, mm, dd := d.Date()
			h, mi, s := d.Clock()
			iy, iw := d.ISOWeek()
			fmt.Println(d, yy, mm, dd, h, mi, s, d.Weekday(), d.YearDay(), iy, iw, d.Unix())
		}
	}
	base := time.Date(2020, time.January, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(base.AddDate(0, 1, 0), base.AddDate(1, 1, 1), base.AddDate(0, 0, -31), base.AddDate(-2020, 0, 0))
	later := base.Add(36*time.Hour + 250*time.Millisecond)
	fmt.Println(later, later.Sub(base), base.Sub(later), later.After(base), later.Before(base), later.Equal(base))
	fmt.Println(base.Add(-time.Nanosecond), base.Equal(base.In(zones[1])), base.Sub(time.Time{}))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(1, -1).UTC(), time.Unix(0, 3e9+7).UTC())
	fmt.Println(time.UnixMilli(-1500).UTC(), time.UnixMicro(1234567).UTC(), time.Unix(1e10, 0).UTC())
	fmt.Println(time.Unix(1700000000, 0).UTC().Unix(), time.Unix(-62135596800, 0).UTC())
	tt := time.Date(2021, 3, 4, 5, 6, 7, 891011121, time.UTC)
	for _, d := range []time.Duration{0, time.Nanosecond, time.Microsecond, time.Second, time.Minute,
		7 * time.Second, time.Hour, 24 * time.Hour, 13 * time.Millisecond} {
		fmt.Println(d, tt.Round(d), tt.Truncate(d))
	}
	old := time.Date(-5, 6, 7, 8, 9, 10, 11, time.UTC)
	fmt.Println(old, old.Round(time.Hour), old.Truncate(7*time.Second), old.Weekday())
	for m := time.Month(-1); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for w := time.Weekday(-1); w <= 7; w++ {
		fmt.Print(w, " ")
	}
	fmt.Println()
}
