// run

// Slicing a nil pointer to an array dereferences it and panics, as Go's
// test/nilptr.go requires; len and cap of one do not.

package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var p *[3]int
	fmt.Println(len(p), cap(p))
	try("p[:]", func() { _ = p[:] })
	try("p[1:2]", func() { fmt.Println(p[1:2]) })
	try("p[0]", func() { fmt.Println(p[0]) })
	try("range", func() {
		for i := range p {
			fmt.Print(i, " ")
		}
		fmt.Println()
	})
	try("range value", func() {
		for _, v := range p {
			fmt.Print(v)
		}
	})
	p = &[3]int{1, 2, 3}
	try("ok", func() { fmt.Println(p[1:], len(p[:2])) })
}
