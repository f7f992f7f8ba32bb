// run

// Package variables are initialised in dependency order, where a variable
// depends on what its initializer uses through the bodies of the functions
// and methods it calls (the spec's "Package initialization").

package main

import "fmt"

var x = f()

func f() int { return y * 2 }

var y = g()

func g() int { fmt.Println("init y"); return 5 }

var a, b = h()

func h() (int, int) { return x + 1, len(s) }

var s = []int{1, 2, 3}

type T struct{ n int }

func (t T) get() int { return t.n + z }

var w = T{1}.get()

var z = 100

var lit = func() int { return q }()

var q = 7

func main() {
	fmt.Println(x, y, a, b, w, z, lit, q)
}
