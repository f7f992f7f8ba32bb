// run

// if/else chains, all three for forms, labelled break and continue,
// switch with fallthrough and default in the middle.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "neg"
	} else if n == 0 {
		return "zero"
	} else {
		return "pos"
	}
}

func main() {
	fmt.Println(classify(-3), classify(0), classify(8))
	i := 0
	for i < 3 {
		i++
	}
	fmt.Println(i)
	n := 0
	for {
		n++
		if n > 4 {
			break
		}
		if n%2 == 0 {
			continue
		}
		fmt.Println("odd", n)
	}
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Println(a, b)
		}
	}
	for k := 0; k < 5; k++ {
		switch k {
		case 0:
			fmt.Println("zero")
			fallthrough
		case 1:
			fmt.Println("zero or one")
		default:
			fmt.Println("other")
		case 3, 4:
			fmt.Println("three or four")
			if k == 4 {
				break
			}
			fmt.Println("not four")
		}
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
	}
}
