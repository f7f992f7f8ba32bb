// Package unicode provides data and functions to test some properties of
// Unicode code points, with Go 1.19's answers (Unicode 13.0.0).
//
// The predefined tables (Letter, Upper, Digit, Han, White_Space, ...) hold
// their ranges packed in a string (see tables.go and gen/gentables.go)
// rather than in R16 and R32, which are empty for them; tables a program
// builds itself with R16 and R32 work as in Go.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set, sorted and non-overlapping.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1

	enc string // the predefined tables' ranges, packed (tables.go)
}

// Range16 represents of a range of 16-bit Unicode code points. The range
// runs from Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one
// or more of the values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one code
// point to one code point) case conversion. Deltas are the number to add to
// the code point to reach the code point for a different case; the special
// delta UpperLower marks alternating Upper and Lower pairs.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

type d [MaxCase]rune // to make the CaseRanges text shorter

// UpperLower is the delta of a CaseRange of alternating upper and lower
// case letters.
const UpperLower = MaxRune + 1

// Bit masks of the Latin-1 properties (tables.go).
const (
	pC     = 1 << iota // a control character.
	pP                 // a punctuation character.
	pN                 // a numeral.
	pS                 // a symbolic character.
	pZ                 // a spacing character.
	pLu                // an upper-case letter.
	pLl                // a lower-case letter.
	pp                 // a printable character according to Go's definition.
	pg     = pp | pZ   // a graphical character according to the Unicode definition.
	pLo    = pLl | pLu // a letter that is neither upper nor lower case.
	pLmask = pLo
)

// get3 reads the 3-byte big-endian number at s[i:].
func get3(s string, i int) rune {
	return rune(s[i])<<16 | rune(s[i+1])<<8 | rune(s[i+2])
}

// inPacked reports whether r is in the packed ranges enc: 8-byte records of
// lo (3 bytes), hi (3) and stride (2), sorted.
func inPacked(enc string, r rune) bool {
	lo, hi := 0, len(enc)/8
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := m * 8
		first := get3(enc, i)
		if r < first {
			hi = m
			continue
		}
		last := get3(enc, i+3)
		if r > last {
			lo = m + 1
			continue
		}
		stride := rune(enc[i+6])<<8 | rune(enc[i+7])
		return stride == 1 || (r-first)%stride == 0
	}
	return false
}

func inRange16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		g := ranges[m]
		if r < g.Lo {
			hi = m
		} else if r > g.Hi {
			lo = m + 1
		} else {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

func inRange32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		g := ranges[m]
		if r < g.Lo {
			hi = m
		} else if r > g.Hi {
			lo = m + 1
		} else {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.enc != "" {
		return r >= 0 && inPacked(rangeTab.enc, r)
	}
	r16 := rangeTab.R16
	if n := len(r16); n > 0 && uint32(r) <= uint32(r16[n-1].Hi) {
		return inRange16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return inRange32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{L, M, N, P, S}

func latin1(r rune) uint8 { return properties[uint8(r)] }

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// categories L, M, N, P, S, Zs.
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pg != 0
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether the rune is defined as printable by Go: categories
// L, M, N, P, S and the ASCII space character.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pp != 0
	}
	return In(r, PrintRanges...)
}

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pC != 0
	}
	return false // all control characters are in Latin-1
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLmask != 0
	}
	return Is(Letter, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	return uint32(r) > MaxLatin1 && Is(Mark, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pN != 0
	}
	return Is(Number, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(Digit, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pP != 0
	}
	return Is(Punct, r)
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property; in the Latin-1 space this is
// '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(White_Space, r)
}

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pS != 0
	}
	return Is(Symbol, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLmask == pLu
	}
	return Is(Upper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLmask == pLl
	}
	return Is(Lower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}

// mapCase maps r through the case ranges: through the packed caseRanges
// table when special is nil, else through special. It also reports whether
// a range held r.
func mapCase(_case int, r rune, special []CaseRange) (rune, bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	var first, delta rune
	found := false
	if special == nil {
		lo, hi := 0, len(caseRanges)/15
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			i := m * 15
			if r < get3(caseRanges, i) {
				hi = m
			} else if r > get3(caseRanges, i+3) {
				lo = m + 1
			} else {
				first = get3(caseRanges, i)
				delta = get3(caseRanges, i+6+3*_case)
				if delta >= 1<<23 {
					delta -= 1 << 24 // 3-byte two's complement
				}
				found = true
				break
			}
		}
	} else {
		lo, hi := 0, len(special)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			c := special[m]
			if r < rune(c.Lo) {
				hi = m
			} else if r > rune(c.Hi) {
				lo = m + 1
			} else {
				first = rune(c.Lo)
				delta = c.Delta[_case]
				found = true
				break
			}
		}
	}
	if !found {
		return r, false
	}
	if delta > MaxRune {
		// Alternating pairs: upper case at even offsets from the range's
		// start, lower case at odd ones; UpperCase and TitleCase are even,
		// LowerCase odd.
		return first + ((r-first)&^1 | rune(_case&1)), true
	}
	return r + delta, true
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	r, _ = mapCase(_case, r, nil)
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, had := mapCase(UpperCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, had := mapCase(TitleCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, had := mapCase(LowerCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToLower(r)
	}
	return r1
}

// TurkishCase and AzeriCase map dotted and dotless I as Turkish does.
var TurkishCase SpecialCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

var AzeriCase SpecialCase = TurkishCase

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding: among the code points equivalent to
// rune (including rune itself), it returns the smallest rune > r if one
// exists, or else the smallest rune >= 0. If r is not a valid Unicode code
// point, SimpleFold(r) returns r.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r <= MaxASCII {
		// k and s have a third member outside ASCII: the Kelvin sign and
		// the long s.
		switch {
		case r == 'k':
			return 0x212A
		case r == 's':
			return 0x17F
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case 'a' <= r && r <= 'z':
			return r - ('a' - 'A')
		}
		return r
	}
	// Classes of three or more: caseOrbit (6-byte records, from and to).
	lo, hi := 0, len(caseOrbit)/6
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		from := get3(caseOrbit, m*6)
		if r < from {
			hi = m
		} else if r > from {
			lo = m + 1
		} else {
			return get3(caseOrbit, m*6+3)
		}
	}
	// Otherwise the class is r and its other case, if any.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
