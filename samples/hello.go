// hello.go: the first program gosub compiles — functions, constants,
// loops, a switch, and fmt.Println of ints, strings and bools.
package main

import "fmt"

const greeting = "hello"

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func describe(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func main() {
	fmt.Println(greeting + ", world")
	for i := -1; i <= 10; i += 3 {
		fmt.Println(i, describe(i), fib(i), i > 5)
	}
}
