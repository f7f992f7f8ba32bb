// errorcheck

// Indices, slice bounds and make's sizes are checked as types2's
// isValidIndex checks them: untyped constants become int first; the
// arguments of builtins and the operands of mismatched binary operations are
// reported where their expression starts.

package p

var n = 3

func g(int) {}

func indices(s []int, a [3]int, str string, fl float64) {
	_ = s[1.5]         // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = s["a"]         // ERROR "cannot convert \x22a\x22 \(untyped string constant\) to int"
	_ = s[1<<70]       // ERROR "1 << 70 \(untyped int constant 1180591620717411303424\) overflows int"
	_ = s[-1]          // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = s[fl]          // ERROR "invalid argument: index fl \(variable of type float64\) must be integer"
	_ = s[1.0]
	_ = s[float32(1)]  // ERROR "invalid argument: index float32\(1\) \(constant 1 of type float32\) must be integer"
	_ = a[5]           // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = s[1.5:]        // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = s[:"a"]        // ERROR "cannot convert \x22a\x22 \(untyped string constant\) to int"
	_ = s[-1:]         // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = str[1.5]       // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = a[1.0:2.0]
	_ = s[nil]         // ERROR "cannot convert nil to int"
}

func sizes() {
	_ = make([]int, -1)            // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 1<<70)         // ERROR "1 << 70 \(untyped int constant 1180591620717411303424\) overflows int"
	_ = make([]int, 0.5)           // ERROR "0.5 \(untyped float constant\) truncated to int"
	_ = make([]int, float32(1.0))  // ERROR "invalid argument: index float32\(1.0\) \(constant 1 of type float32\) must be integer"
	_ = make([]int, 1.0)
	_ = make([]int, 2, 1)          // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int, n, 1.5)        // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = make(map[int]int, -1)      // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int)                // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make(map[int]int, 1, 2)    // ERROR "invalid operation: make\(map\[int\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = make(int, 1)               // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	var f float64
	_ = make([]int, f)             // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
}

func builtins() {
	var s string
	_ = 1 + s       // ERROR "invalid operation: 1 \+ s \(mismatched types untyped int and string\)"
	_ = len(1, 2)   // ERROR "invalid operation: too many arguments for len\(1, 2\) \(expected 1, found 2\)"
	g(1, 2)         // ERROR "too many arguments in call to g"
	_ = (s)(1)      // ERROR "invalid operation: cannot call non-function \(s\) \(variable of type string\)"
	_ = append()    // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = new(int, 2) // ERROR "invalid operation: too many arguments for new\(int, 2\) \(expected 1, found 2\)"
	_ = copy(s)     // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
	_ = recover(1)  // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
	_ = s == nil    // ERROR "invalid operation: s == nil \(mismatched types string and untyped nil\)"
	_ = true + 1    // ERROR "invalid operation: true \+ 1 \(mismatched types untyped bool and untyped int\)"
}

type T struct{ a []int }

func comparisons(p *int, s []int, m map[int]int, t T) {
	_ = nil == nil   // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	_ = true == 1    // ERROR "invalid operation: true == 1 \(mismatched types untyped bool and untyped int\)"
	_ = p == nil
	_ = nil != s
	_ = s == s       // ERROR "invalid operation: s == s \(slice can only be compared to nil\)"
	_ = m == m       // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = t == t       // ERROR "invalid operation: t == t \(struct containing \[\]int cannot be compared\)"
	_ = p < p        // ERROR "invalid operation: p < p \(operator < not defined on pointer\)"
	_ = p + nil      // ERROR "invalid operation: operator \+ not defined on p \(variable of type \*int\)"
	_ = nil + 1      // ERROR "invalid operation: nil \+ 1 \(mismatched types untyped nil and untyped int\)"
	_ = 1 / 0        // ERROR "invalid operation: division by zero"
	_ = len(s) % 0   // ERROR "invalid operation: division by zero"
	_ = 1.5 == "a"   // ERROR "invalid operation: 1.5 == \x22a\x22 \(mismatched types untyped float and untyped string\)"
	_ = p == 1       // ERROR "cannot convert 1 \(untyped int constant\) to \*int"
}
