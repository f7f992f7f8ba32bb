// run

// Conversions between struct types that differ in tags or names, and between
// pointers to them.
package main

import "fmt"

type A struct {
	X int `json:"x"`
	Y string
}

type B struct {
	X int
	Y string
}

type P struct{ a, b int }
type Q P

func main() {
	a := A{1, "one"}
	b := B(a)
	fmt.Println(b, A(b))
	var p P = P{1, 2}
	q := Q(p)
	fmt.Println(q, P(q))
	pa := &a
	pb := (*B)(pa)
	pb.X = 9
	fmt.Println(a.X)
}
