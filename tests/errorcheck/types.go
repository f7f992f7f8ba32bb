// errorcheck

// Typing errors in gc's words: assignability (with method sets), argument
// counts, conditions, selectors, constant overflow, break outside a loop.

package main

import "fmt"

type T struct{ a int }

func (t *T) M() {}

type I interface{ M() }

func two() (int, int) { return 1, 2 }

func f(a int, b string) {}

func g() int {
	for {
	}
}

func h(x int) int {
	switch {
	case x > 0:
		return 1
	}
} // ERROR "missing return"

func main() {
	var i I = T{} // ERROR "cannot use T{} \(value of type T\) as type I in variable declaration"
	var x int = "s" // ERROR "cannot use \x22s\x22 \(untyped string constant\) as int value in variable declaration"
	y := 1
	y = "two" // ERROR "cannot use \x22two\x22 \(untyped string constant\) as int value in assignment"
	a, b := two(), 1 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	f(1) // ERROR "not enough arguments in call to f"
	f(1, "a", 3) // ERROR "too many arguments in call to f"
	if y { // ERROR "non-boolean condition in if statement"
	}
	var t T
	t.b = 1 // ERROR "t.b undefined \(type T has no field or method b\)"
	t.N() // ERROR "t.N undefined \(type T has no field or method N\)"
	z := nosuch + 1 // ERROR "undefined: nosuch"
	var s []int = map[int]int{} // ERROR "cannot use map\[int\]int{} \(value of type map\[int\]int\) as type \[\]int in variable declaration"
	const c int = 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in constant declaration \(overflows\)"
	var u uint8 = 256 // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	break // ERROR "break is not in a loop, switch, or select"
	fmt.Println(i, x, a, b, t, z, s, c, u)
}
