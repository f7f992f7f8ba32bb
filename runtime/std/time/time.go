// Package time measures and waits: Duration, Time (a wall clock instant,
// optionally carrying a reading of the monotonic clock), Now, Since, Until,
// Sleep, and the timers (Timer, Ticker, After, Tick, AfterFunc), which the
// scheduler runs (runtime/timer.c). gosub's own implementation of Go's API.
//
// Locations are fixed zones only: UTC, those of FixedZone, and Local, which
// is UTC here (no zone database is read). A Time prints only as String does.
package time

// A Time is an instant with nanosecond precision, shown in a Location. When
// made by Now it also carries a monotonic clock reading, which Sub, Before,
// After and Equal prefer when both operands have one; Round(0), UTC, Local,
// In and calendar arithmetic drop it.
type Time struct {
	secs    int64     // seconds since 0001-01-01 00:00:00 UTC
	frac    int32     // nanoseconds within that second, 0..999999999
	hasMono bool      // whether mono is meaningful
	mono    int64     // monotonic reading: ns since the package started
	loc     *Location // nil stands for UTC
}

// Seconds from 0001-01-01 to 1970-01-01, both at midnight UTC.
const epochSecs int64 = 719162 * 86400

// The wall times (in secs) between which a Time may keep a monotonic
// reading: Go keeps one only for the years 1885 to 2157.
const (
	monoLow  int64 = 690000 * 86400 // a day of 1889; before: dropped
	monoHigh int64 = 787000 * 86400 // a day of 2155; after: dropped
)

// Month names a month of the year, January being 1.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [12]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// String gives the month's English name.
func (m Month) String() string {
	if m < January || m > December {
		return "%!Month(" + string(appendUint(nil, uint64(m), 0)) + ")"
	}
	return monthNames[m-1]
}

// Weekday names a day of the week, Sunday being 0.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String gives the day's English name.
func (w Weekday) String() string {
	if w < Sunday || w > Saturday { // as Go does, printed unsigned
		return "%!Weekday(" + string(appendUint(nil, uint64(w), 0)) + ")"
	}
	return dayNames[w]
}

// floorDiv divides rounding toward minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// civilToDays counts the days from 1970-01-01 to y-m-d of the proleptic
// Gregorian calendar (m in 1..12), by shifting the year to begin in March
// so that the leap day falls last, then counting 400-year eras.
func civilToDays(y int64, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400    // 0..399
	mp := int64(m+9) % 12 // March is 0
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// daysToCivil is civilToDays' inverse; it also returns the day of the year
// (1-based, counted from January 1).
func daysToCivil(days int64) (y int64, m, d, yday int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097 // 0..146096
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (yoe*365 + yoe/4 - yoe/100) // 0..365, from March 1
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		m = int(mp + 3)
	} else {
		m = int(mp - 9)
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	yday = int(days-civilToDays(y, 1, 1)) + 1
	return
}

// local returns the zone's abbreviation and offset and the time's seconds
// since 0001-01-01 on the local clock.
func (t Time) local() (abbrev string, offset int, secs int64) {
	abbrev, offset = t.loc.zone()
	return abbrev, offset, t.secs + int64(offset)
}

// fields splits the local time into calendar and clock fields.
func (t Time) fields() (year int, month Month, day, yday int, hour, min, sec int) {
	_, _, s := t.local()
	days := floorDiv(s, 86400)
	inDay := int(s - days*86400)
	y, m, d, yd := daysToCivil(days - 719162)
	return int(y), Month(m), d, yd, inDay / 3600, inDay / 60 % 60, inDay % 60
}

// IsZero tells whether t is the zero Time, 0001-01-01 00:00:00 UTC.
func (t Time) IsZero() bool { return t.secs == 0 && t.frac == 0 }

// Date gives t's year, month and day in its location.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _, _, _, _ = t.fields()
	return
}

// Year gives t's year in its location.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month gives t's month in its location.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day gives t's day of the month in its location.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday gives t's day of the week in its location.
func (t Time) Weekday() Weekday {
	_, _, s := t.local()
	days := floorDiv(s, 86400) - 719162 // 1970-01-01 was a Thursday
	w := (days + 4) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay gives t's day of the year, 1 to 366, in its location.
func (t Time) YearDay() int {
	_, _, _, yd, _, _, _ := t.fields()
	return yd
}

// ISOWeek gives t's ISO 8601 year and week: weeks start on Monday, and
// week 1 is the one holding the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	w := int(t.Weekday()+6) % 7 // Monday 0 .. Sunday 6
	thursday := t.AddDate(0, 0, 3-w)
	y, _, _, yd, _, _, _ := thursday.fields()
	return y, (yd-1)/7 + 1
}

// Clock gives t's hour, minute and second in its location.
func (t Time) Clock() (hour, min, sec int) {
	_, _, _, _, hour, min, sec = t.fields()
	return
}

// Hour gives t's hour, 0 to 23.
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute gives t's minute, 0 to 59.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second gives t's second, 0 to 59.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond gives t's nanoseconds within its second.
func (t Time) Nanosecond() int { return int(t.frac) }

// After tells whether t is later than u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.secs > u.secs || t.secs == u.secs && t.frac > u.frac
}

// Before tells whether t is earlier than u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.secs < u.secs || t.secs == u.secs && t.frac < u.frac
}

// Equal tells whether t and u are the same instant, whatever their
// locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.secs == u.secs && t.frac == u.frac
}

// withoutMono returns t with its monotonic reading dropped.
func (t Time) withoutMono() Time {
	t.hasMono = false
	t.mono = 0
	return t
}

// addSecs adds n seconds, saturating rather than wrapping.
func (t *Time) addSecs(n int64) {
	s := t.secs + n
	if n > 0 && s < t.secs {
		s = 1<<63 - 1
	} else if n < 0 && s > t.secs {
		s = -(1<<63 - 1)
	}
	t.secs = s
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	whole := int64(d / Second)
	ns := t.frac + int32(d%Second)
	if ns >= 1e9 {
		whole++
		ns -= 1e9
	} else if ns < 0 {
		whole--
		ns += 1e9
	}
	t.frac = ns
	t.addSecs(whole)
	if t.hasMono {
		m := t.mono + int64(d)
		if t.secs < monoLow || t.secs > monoHigh || d > 0 && m < t.mono || d < 0 && m > t.mono {
			return t.withoutMono()
		}
		t.mono = m
	}
	return t
}

// Sub returns t-u, limited to the range of a Duration.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		diff := t.mono - u.mono
		if t.mono > u.mono && diff < 0 {
			return highestDuration
		}
		if t.mono < u.mono && diff > 0 {
			return lowestDuration
		}
		return Duration(diff)
	}
	d := Duration(t.secs-u.secs)*Second + Duration(t.frac-u.frac)
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return lowestDuration
	}
	return highestDuration
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the time left until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// AddDate adds years, months and days to t's calendar date, keeping its
// clock, and normalizes the result as Date does (October 32 is November 1).
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d, _, hh, mm, ss := t.fields()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.frac), t.Location())
}

// walltime returns the wall clock, in nanoseconds since 1970 (stdlink.c).
func walltime() int64

// runtimeNano returns the scheduler's monotonic clock in nanoseconds, the
// clock its timers use (stdlink.c).
func runtimeNano() int64

// The monotonic readings are counted from here; one less, so that none is 0.
var monoBase int64 = runtimeNano() - 1

// Now returns the current time, in Local, with a monotonic reading.
func Now() Time {
	ns := walltime()
	t := Time{secs: floorDiv(ns, 1e9) + epochSecs, loc: Local}
	t.frac = int32(ns - floorDiv(ns, 1e9)*1e9)
	t.mono = runtimeNano() - monoBase
	t.hasMono = t.secs >= monoLow && t.secs <= monoHigh
	return t
}

// UTC returns t in UTC.
func (t Time) UTC() Time {
	t = t.withoutMono()
	t.loc = nil
	return t
}

// Local returns t in the local zone.
func (t Time) Local() Time { return t.In(Local) }

// In returns t shown in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t = t.withoutMono()
	t.loc = loc
	if loc == &utcLoc {
		t.loc = nil
	}
	return t
}

// Location returns t's location (UTC for a nil one).
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone gives the abbreviation and the offset east of UTC, in seconds, of
// t's zone.
func (t Time) Zone() (name string, offset int) {
	name, offset, _ = t.local()
	return
}

// IsDST reports false: fixed zones have no daylight saving time.
func (t Time) IsDST() bool { return false }

// Unix gives t in seconds since 1970-01-01 UTC.
func (t Time) Unix() int64 { return t.secs - epochSecs }

// UnixMilli gives t in milliseconds since 1970-01-01 UTC.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.frac)/1e6 }

// UnixMicro gives t in microseconds since 1970-01-01 UTC.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.frac)/1e3 }

// UnixNano gives t in nanoseconds since 1970-01-01 UTC (meaningless when
// that does not fit an int64).
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.frac) }

// Unix makes the local Time sec seconds plus nsec nanoseconds after
// 1970-01-01 UTC; nsec may be out of 0..999999999.
func Unix(sec int64, nsec int64) Time {
	sec += floorDiv(nsec, 1e9)
	nsec -= floorDiv(nsec, 1e9) * 1e9
	return Time{secs: sec + epochSecs, frac: int32(nsec), loc: Local}
}

// UnixMilli makes the local Time msec milliseconds after the Unix epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, msec%1e3*1e6) }

// UnixMicro makes the local Time usec microseconds after the Unix epoch.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, usec%1e6*1e3) }

// carry brings lo into 0..base-1, moving whole bases into hi.
func carry(hi, lo, base int) (int, int) {
	q := int(floorDiv(int64(lo), int64(base)))
	return hi + q, lo - q*base
}

// Date makes the Time of the given calendar date and clock in loc. Fields
// out of their ranges are normalized (a month 13 is January of the next
// year). It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	sec, nsec = carry(sec, nsec, 1e9)
	min, sec = carry(min, sec, 60)
	hour, min = carry(hour, min, 60)
	day, hour = carry(day, hour, 24)
	m := int(month) - 1
	year, m = carry(year, m, 12)
	days := civilToDays(int64(year), m+1, 1) + int64(day-1) + 719162
	_, offset := loc.zone()
	s := days*86400 + int64(hour*3600+min*60+sec) - int64(offset)
	t := Time{secs: s, frac: int32(nsec), loc: loc}
	if loc == &utcLoc {
		t.loc = nil
	}
	return t
}

// mulMod returns a*b mod m without overflowing (a, b < m).
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = addMod(r, a, m)
		}
		a = addMod(a, a, m)
		b >>= 1
	}
	return r
}

func addMod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// sinceZeroMod returns the time elapsed since the zero Time, modulo d > 0.
func (t Time) sinceZeroMod(d Duration) Duration {
	s, ns := t.secs, int64(t.frac)
	neg := s < 0
	if neg {
		s, ns = -s, -ns
		if ns < 0 {
			ns += 1e9
			s--
		}
	}
	m := uint64(d)
	r := (mulMod(uint64(s)%m, 1e9%m, m) + uint64(ns)%m) % m
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// Truncate returns t rounded down to a multiple of d since the zero Time,
// without its monotonic reading; d <= 0 only drops that reading.
func (t Time) Truncate(d Duration) Time {
	t = t.withoutMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.sinceZeroMod(d))
}

// Round returns t rounded to the nearest multiple of d since the zero Time
// (halves round up), without its monotonic reading; d <= 0 only drops it.
func (t Time) Round(d Duration) Time {
	t = t.withoutMono()
	if d <= 0 {
		return t
	}
	r := t.sinceZeroMod(d)
	if halfBelow(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
