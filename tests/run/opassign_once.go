// run

// x op= y and x++ evaluate x once: a key from a call is computed once, and
// a map entry is found or made by one lookup, after y (which may panic,
// leaving the map as it was). The expected output is Go 1.19's.

package main

import "fmt"

var calls int

func key() string { calls++; return "k" }

func main() {
	m := map[string]int{}
	m[key()] += 2
	m[key()]++
	s := map[int]string{}
	s[1] += "a"
	s[1] += "b"
	var nilmap map[string]int
	defer func() { fmt.Println(m, s, calls, recover(), len(nilmap)) }()
	z := 0
	m["x"] += 1 / z
}
