// run

// A string index out of range panics with Go's message and exit status 2.
package main

import "fmt"

func at(s string, i int) byte {
	return s[i]
}

func main() {
	fmt.Println("before")
	fmt.Println(at("abc", 5))
}
