// run

// Integer arithmetic wraps as Go's does; division truncates; shifts follow Go.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var u uint8 = 0
	u--
	fmt.Println(u)
	var big int64 = 9223372036854775807
	big += 1
	fmt.Println(big)
	x := -7
	fmt.Println(x/2, x%2, 7/-2, 7%-2)
	var s uint = 70
	fmt.Println(1<<s, -8>>1, uint32(1)<<31)
	min := -9223372036854775807 - 1
	d := -1
	fmt.Println(min/d, min%d)
	var f float64 = 7
	fmt.Println(f/2, 1e21, 1e20, 0.000001, 1.0/3.0)
	fmt.Println(3 &^ 1, 6 ^ 3, 6 | 1, 6 & 3, ^0)
}
