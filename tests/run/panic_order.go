// run

// When both operands of a comparison or an arithmetic operator can panic,
// the left one is evaluated first, as gc does: the panic is the left one's.
// The expected output is Go 1.19's.

package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var p *int
	var ip *interface{}
	var s []int
	var t []*int
	zero := 0
	try("deref == index", func() { _ = *p == s[1] })
	try("index == deref", func() { _ = s[1] == *p })
	try("iface deref == index", func() { _ = *ip == t[0] })
	try("div + index", func() { _ = 1/zero + s[2] })
	try("index + div", func() { _ = s[2] + 1/zero })
	try("string compare", func() { _ = fmt.Sprint(s[3]) < fmt.Sprint(*p) })
}
