// run

// f(g()): a call's results passed on as another call's arguments, variadic too.
package main

import "fmt"

func two() (int, string) { return 7, "seven" }
func show(n int, s string) string { return fmt.Sprint(n, "=", s) }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func three() (int, int, int) { return 1, 2, 3 }

func main() {
	fmt.Println(show(two()))
	fmt.Println(two())
	fmt.Println(sum(three()))
}
