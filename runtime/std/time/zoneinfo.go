package time

// A Location maps time instants to the zone in use at that time. gosub's
// are fixed zones: one name and one offset for all time.
type Location struct {
	name   string
	abbrev string // the zone's abbreviation, as the MST of a layout prints it
	offset int    // seconds east of UTC
}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// utcLoc is separate so that get can refer to &utcLoc and ensure that it
// never returns a nil *Location, even if a badly behaved client has
// changed UTC.
var utcLoc = Location{name: "UTC", abbrev: "UTC"}

// Local represents the system's local time zone. gosub does not read the
// zone database: local time is UTC.
var Local *Location = &localLoc

var localLoc = Location{name: "Local", abbrev: "UTC"}

// zone returns the zone's abbreviation and offset; a nil *Location is UTC.
func (l *Location) zone() (name string, offset int) {
	if l == nil {
		return "UTC", 0
	}
	return l.abbrev, l.offset
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to FixedZone.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, abbrev: name, offset: offset}
}
