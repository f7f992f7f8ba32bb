// errorcheck

// Malformed rune literals and escapes.
package p

var (
	_ = ''           // ERROR "empty rune literal or unescaped '"
	_ = 'ab'         // ERROR "more than one character in rune literal"
	_ = '\q'         // ERROR "unknown escape"
	_ = '\8'         // ERROR "unknown escape"
	_ = '\"'         // ERROR "unknown escape"
	_ = '\400'       // ERROR "octal escape value 256 > 255"
	_ = '\777'       // ERROR "octal escape value 511 > 255"
	_ = '\xg0'       // ERROR "invalid character 'g' in hexadecimal escape"
	_ = '\x0'        // ERROR "invalid character '\\'' in hexadecimal escape"
	_ = '\09'        // ERROR "invalid character '9' in octal escape"
	_ = '\u12'       // ERROR "invalid character '\\'' in hexadecimal escape"
	_ = '\u00eé'     // ERROR "invalid character 'é' in hexadecimal escape"
	_ = '\ud800'     // ERROR "escape is invalid Unicode code point U\+D800$"
	_ = '\U00110000' // ERROR "escape is invalid Unicode code point U\+110000$"
	_ = '\UFFFFFFFF' // ERROR "escape is invalid Unicode code point U\+FFFFFFFF$"
)
