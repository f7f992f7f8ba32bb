// run

// Go's order of evaluation: calls left to right, plain operands after them
// (as gc orders them), in arguments, literals and map literals.
package main

import "fmt"

var trace []string

func f(s string) int { trace = append(trace, s); return len(trace) }
func add(a, b, c int) int { return a*100 + b*10 + c }

type T struct{ n int }

func (t *T) inc() bool { t.n++; return true }

func main() {
	fmt.Println(add(f("a"), f("b"), f("c")), trace)
	x := []int{f("d"), f("e")}
	fmt.Println(x, trace)
	t := &T{}
	fmt.Println(t.n, t.inc(), t.n)
	m := map[int]int{f("k"): f("v")}
	fmt.Println(m)
}
