// run

// An untyped constant shifted by a variable takes the type its context
// gives it, here a parameter's (f(1<<s) with f(uint)). The expected output
// is Go 1.19's.

package main

import "fmt"

func f(u uint) uint       { return u }
func g(x uint8, y int64) int64 { return int64(x) + y }

func main() {
	s := 3
	fmt.Println(f(1<<s), g(1<<s, 1<<s), f(1<<s+1))
	var v uint8 = 1 << s
	fmt.Println(v)
}
