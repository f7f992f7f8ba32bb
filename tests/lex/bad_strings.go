// errorcheck

// Malformed interpreted string literals.
package p

var (
	_ = "\q"         // ERROR "unknown escape"
	_ = "\'"         // ERROR "unknown escape"
	_ = "\400"       // ERROR "octal escape value 256 > 255"
	_ = "\x4"        // ERROR "invalid character '.' in hexadecimal escape"
	_ = "\u123x"     // ERROR "invalid character 'x' in hexadecimal escape"
	_ = "\uDFFF"     // ERROR "escape is invalid Unicode code point U\+DFFF"
	_ = "\U0010fffF" // a valid escape
)
