// run

// Function literals as slice elements, untyped shifts typed by context,
// append and copy from strings.
package main

import "fmt"

func main() {
	fams := []func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(len(fams), fams[0](), fams[1]())
	var x uint64
	c := byte(3)
	x |= 1 << c
	fmt.Println(x)
	b := []byte("ab")
	b = append(b, "cd"...)
	n := copy(b, "xy")
	fmt.Println(string(b), n)
}
