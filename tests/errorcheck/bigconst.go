// errorcheck

// Constants overflow where gc says they do, in gc's words: a typed constant
// must hold its value after every operation, an untyped integer may not
// grow beyond 512 bits, a float may not leave big.Float's range, and half
// an ulp past the largest float32 or float64 is too large. Values in the
// messages are printed as gc prints them (go/constant's String).

package p

const (
	big   = 1 << 100
	huge  = 1 << 511
	max32 = 0x1p128 - 0x1p104
	ulp32 = 0x1p104
	max64 = 0x1p1024 - 0x1p971
	ulp64 = 0x1p971
	vast  = 1e+500000000
	long  = "a string constant longer than seventy-two characters is shortened in messages"
)

// Integers are exact until a type must hold them.
var (
	_       = int64(big >> 37) // ERROR "cannot convert big >> 37 \(untyped int constant 9223372036854775808\) to type int64"
	_ int64 = big >> 36        // ERROR "cannot use big >> 36 \(untyped int constant 18446744073709551616\) as int64 value in variable declaration \(overflows\)"
	_ int64 = big              // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int64 value in variable declaration \(overflows\)"
	_       = uint64(1<<64 - 1)
	_       = uint64(1 << 64) // ERROR "cannot convert 1 << 64 \(untyped int constant 18446744073709551616\) to type uint64"
	_       = int8(-129)      // ERROR "cannot convert -129 \(untyped int constant\) to type int8"
	_       = -1 << 63
	_ int   = -1<<63 - 1             // ERROR "cannot use -1 << 63 - 1 \(untyped int constant -9223372036854775809\) as int value in variable declaration \(overflows\)"
	_       = huge*2 - 1             // ERROR "constant multiplication overflow"
	_       = huge + huge            // ERROR "constant addition overflow"
	_       = -huge - huge           // ERROR "constant subtraction overflow"
	_       = 1 << 512               // ERROR "constant shift overflow"
	_       = huge << 1 >> 1         // ERROR "constant shift overflow"
	_       = 1 << 1074 >> 1074      // ERROR "constant shift overflow"
	_       = 1 << 1075              // ERROR "invalid operation: invalid shift count 1075 \(untyped int constant\)"
	_       = (huge - 1 + huge) ^ -1 // ERROR "constant bitwise XOR overflow"
	_       = ^(huge - 1 + huge)     // ERROR "constant bitwise complement overflow"
	_       = 1e100 >> 300
	_       = 1.5 << 2 // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	_ uint  = -1       // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	_ int   = 1e100    // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as int value in variable declaration \(truncated\)"
	_ int   = 1e300 / 1e299
	_ int   = 1 + 2i          // ERROR "cannot use 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) as int value in variable declaration \(truncated\)"
	_       = 1 / 0           // ERROR "invalid operation: division by zero"
	_       = 7 % (big - big) // ERROR "invalid operation: division by zero"
)

// Floats: the largest float32 and float64, and half an ulp beyond them.
var (
	_         = float32(max32 + ulp32/2 - 1)
	_         = float32(max32 + ulp32/2)  // ERROR "cannot convert max32 \+ ulp32 / 2 \(untyped float constant 3\.40282e\+38\) to type float32"
	_         = float32(-max32 - ulp32/2) // ERROR "cannot convert -max32 - ulp32 / 2 \(untyped float constant -3\.40282e\+38\) to type float32"
	_ float32 = max32 + ulp32/2 - 0x1p-200
	_ float32 = max32 + ulp32/2 // ERROR "cannot use max32 \+ ulp32 / 2 \(untyped float constant 3\.40282e\+38\) as float32 value in variable declaration \(overflows\)"
	_         = float64(max64 + ulp64/2 - 1)
	_         = float64(max64 + ulp64/2) // ERROR "cannot convert max64 \+ ulp64 / 2 \(untyped float constant 1\.79769e\+308\) to type float64"
	_ float64 = -max64 - ulp64/2         // ERROR "cannot use -max64 - ulp64 / 2 \(untyped float constant -1\.79769e\+308\) as float64 value in variable declaration \(overflows\)"
	_         = float32(1e-50)
	_ float64 = 1e1000           // ERROR "cannot use 1e1000 \(untyped float constant 1e\+1000\) as float64 value in variable declaration \(overflows\)"
	_ float64 = 1e1000 / 3       // ERROR "cannot use 1e1000 / 3 \(untyped float constant 3\.33333e\+999\) as float64 value in variable declaration \(overflows\)"
	_         = complex64(1e39i) // ERROR "cannot convert 1e39i \(untyped complex constant \(0 \+ 1e\+39i\)\) to type complex64"
	_ float64 = 1 + 2i           // ERROR "cannot use 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) as float64 value in variable declaration \(overflows\)"
	_         = vast * vast      // ERROR "constant result is not representable"
	_         = vast / vast
	_ int     = vast                      // ERROR "cannot use vast \(untyped float constant 1e\+500000000\) as int value in variable declaration \(truncated\)"
	_         = 1e+1000000000000          // ERROR "malformed constant: 1e\+1000000000000"
	_         = 1.0 / 0                   // ERROR "invalid operation: division by zero"
	_         = (1 + 2i) / 0              // ERROR "invalid operation: division by zero"
	_         = (1 + 2i) / (1e-5000 + 0i) // ERROR "cannot use \(1 \+ 2i\) / \(1e-5000 \+ 0i\) \(untyped complex constant \(1e\+5000 \+ 2e\+5000i\)\) as complex128 value in variable declaration \(overflows\)"
)

// Typed constants round and overflow after every operation.
const (
	i8  int8    = 100
	u8  uint8   = 200
	f32 float32 = 3e38
	f64 float64 = 1e308
	c64         = complex64(3e38 + 3e38i)
)

var (
	_     = i8 * 2  // ERROR "i8 \* 2 \(constant 200 of type int8\) overflows int8"
	_     = -i8 * 2 // ERROR "-i8 \* 2 \(constant -200 of type int8\) overflows int8"
	_     = u8 + u8 // ERROR "u8 \+ u8 \(constant 400 of type uint8\) overflows uint8"
	_     = -u8     // ERROR "-u8 \(constant -200 of type uint8\) overflows uint8"
	_     = ^u8
	_     = f32 * 2  // ERROR "f32 \* 2 \(constant 6e\+38 of type float32\) overflows float32"
	_     = f64 * 10 // ERROR "f64 \* 10 \(constant 1e\+309 of type float64\) overflows float64"
	_     = c64 * 2  // ERROR "c64 \* 2 \(constant \(6e\+38 \+ 6e\+38i\) of type complex64\) overflows complex64"
	_     = f32 / 0  // ERROR "invalid operation: division by zero"
	_     = i8 << 1  // ERROR "i8 << 1 \(constant 200 of type int8\) overflows int8"
	_ int = long     // ERROR "cannot use long \(untyped string constant \x22a string constant longer than seventy-two characters is shortened in\.\.\.\) as int value in variable declaration"
)
