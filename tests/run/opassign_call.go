// run

// a[f()] op= v evaluates f once, through the element's address. The
// expected output is Go 1.19's.

package main

import "fmt"

var calls int

func idx() int { calls++; return 1 }

type T struct{ a [3]int }

func get(t *T) *T { calls++; return t }

func main() {
	a := []int{1, 2, 3}
	a[idx()] += 10
	a[idx()]++
	var t T
	get(&t).a[idx()] -= 5
	fmt.Println(a, t, calls)
}
