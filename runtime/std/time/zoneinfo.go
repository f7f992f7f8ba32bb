package time

// A Location is a time zone. gosub's are fixed: one abbreviation and one
// offset, whatever the date.
type Location struct {
	name   string // what String reports
	abbrev string // what String prints for a Time in this zone ("MST")
	offset int    // east of UTC, in seconds
}

// UTC is Coordinated Universal Time.
var UTC = &utcLoc

// utcLoc is UTC's zone, held apart so that it survives a program
// assigning to UTC; a Time in UTC stores a nil *Location instead.
var utcLoc = Location{name: "UTC", abbrev: "UTC"}

// Local is the system's zone. The zone database is not read here, so it
// keeps UTC's clock under the name "Local".
var Local = &localLoc

var localLoc = Location{name: "Local", abbrev: "UTC"}

// zone gives the abbreviation and offset of loc, nil meaning UTC.
func (loc *Location) zone() (abbrev string, offset int) {
	if loc == nil {
		return "UTC", 0
	}
	return loc.abbrev, loc.offset
}

// String gives the zone's name: "UTC", "Local", or FixedZone's argument.
func (loc *Location) String() string {
	if loc == nil {
		return "UTC"
	}
	return loc.name
}

// FixedZone makes a zone named abbrev, always east seconds ahead of UTC.
func FixedZone(abbrev string, east int) *Location {
	return &Location{name: abbrev, abbrev: abbrev, offset: east}
}
