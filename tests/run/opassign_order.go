// run

// In m[k()] op= v() and a[i()] op= v(), the index operand is evaluated
// before the value, as Go does. The expected output is Go 1.19's.

package main

import "fmt"

var trace []string

func k() string { trace = append(trace, "k"); return "x" }
func v() int    { trace = append(trace, "v"); return 2 }
func i() int    { trace = append(trace, "i"); return 1 }

func main() {
	m := map[string]int{}
	m[k()] += v()
	a := []int{0, 0}
	a[i()] += v()
	fmt.Println(m, a, trace)
}
