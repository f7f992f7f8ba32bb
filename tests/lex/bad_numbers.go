// errorcheck

// Malformed number literals.
package p

var (
	_ = 0b12   // ERROR "invalid digit '2' in binary literal"
	_ = 0o8    // ERROR "invalid digit '8' in octal literal"
	_ = 09     // ERROR "invalid digit '9' in octal literal"
	_ = 0x     // ERROR "hexadecimal literal has no digits"
	_ = 0b     // ERROR "binary literal has no digits"
	_ = 0o_    // ERROR "octal literal has no digits"
	_ = 1__0   // ERROR "'_' must separate successive digits"
	_ = 1_     // ERROR "'_' must separate successive digits"
	_ = 0x_1_  // ERROR "'_' must separate successive digits"
	_ = 0x1.0  // ERROR "hexadecimal mantissa requires a 'p' exponent"
	_ = 1e     // ERROR "exponent has no digits"
	_ = 1e+    // ERROR "exponent has no digits"
	_ = 0x1p   // ERROR "exponent has no digits"
	_ = 0b1.0  // ERROR "invalid radix point in binary literal"
	_ = 0o1.0  // ERROR "invalid radix point in octal literal"
	_ = 0o1e3  // ERROR "'e' exponent requires decimal mantissa"
	_ = 0b1E3  // ERROR "'E' exponent requires decimal mantissa"
	_ = 1p3    // ERROR "'p' exponent requires hexadecimal mantissa"
	_ = 0b1p3i // ERROR "'p' exponent requires hexadecimal mantissa"
	_ = 1.5_e3 // ERROR "'_' must separate successive digits"
	_ = 0x1p1_ // ERROR "'_' must separate successive digits"
)
