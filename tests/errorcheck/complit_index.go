// errorcheck

// The keys of array and slice literals are checked as types2's index()
// checks them: a valid index (an untyped constant becomes an int first),
// constant, and inside the array; an invalid key is not a duplicate.

package p

var n = 1

var (
	_ = []int{1.5: 1}        // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = []int{2.0: 1, 2: 2}  // ERROR "duplicate index 2 in array or slice literal"
	_ = []int{-1: 1}         // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = []int{"a": 1}        // ERROR "cannot convert \x22a\x22 \(untyped string constant\) to int"
	_ = []int{1 << 70: 1}    // ERROR "1 << 70 \(untyped int constant 1180591620717411303424\) overflows int"
	_ = []int{n: 1}          // ERROR "index n must be integer constant"
	_ = [3]int{5: 1}         // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = [3]int{1 << 1: 1, 2} // ERROR "index 3 is out of bounds \(>= 3\)"
	_ = [2]int{1, 2, 3}      // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = [...]int{1e3: 1, 2}
	_ = []int{uint8(3): 1, 3: 2}     // ERROR "duplicate index 3 in array or slice literal"
	_ = []string{1.5: "a", 1.5: "b"} // ERROR "1\.5 \(untyped float constant\) truncated to int"
)
