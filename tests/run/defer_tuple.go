// run

// The results of f in "defer g(f())" are kept, as one value, until g runs:
// in a loop, on the heap. That value must be allocated at its full size and
// its pointers (here a string's) traced by the collector.
package main

import "runtime"

func f(i int) (int16, float64, string) { return -42, 42.0, string(rune('a'+i)) + "x" }

func g(a int16, b float64, c string) { println(a, b, c) }

func main() {
	for i := 0; i < 3; i++ {
		defer g(f(i))
	}
	defer println(f(3))
	runtime.GC()
	s := make([][]byte, 0)
	for i := 0; i < 1000; i++ {
		s = append(s, make([]byte, 16))
	}
	runtime.GC()
	println(len(s))
}
