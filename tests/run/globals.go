// run

// Package variables are initialised in dependency order, then init functions run.
package main

import "fmt"

var total = sum(limit)
var limit = 10

func sum(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}

func init() {
	fmt.Println("init 1", total)
}

func init() {
	total *= 2
	fmt.Println("init 2", total)
}

func main() {
	fmt.Println("main", total, limit)
}
