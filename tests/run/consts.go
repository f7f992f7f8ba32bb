// run

// Untyped constants, iota, typed constants and implicit repetition.
package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type unused int

const big = 1 << 100
const small = big >> 98

const typed int32 = 'x'

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(small, typed, 'a', "s"+"t")
	const local = 2.5
	fmt.Println(local*2, 10/4, 10/4.0)
	var f float32 = 0.1
	fmt.Println(f, float64(f))
}
