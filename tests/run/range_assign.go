// run

// The iteration values of a range clause assigned with = to destinations
// other than variables of their own type: map entries (created as an
// assignment creates them; fixedbugs/issue9691.go), array elements, fields,
// and interface variables (the value converted as an assignment would).
package main

import "fmt"

func main() {
	s := "foo"
	b := []byte(s)
	m := make(map[string]int)
	for m[string(b)] = range s {
	}
	b[0] = 'b' // the key is a copy of b's bytes, not b itself
	fmt.Println(m)

	var a [3]int
	i := 0
	runes := map[int]rune{}
	for a[i], runes[i] = range "héllo" {
		i = (i + 1) % 3
	}
	fmt.Println(a, runes)

	var p struct{ k, v int }
	for p.k, p.v = range []int{5, 6, 7} {
	}
	fmt.Println(p)

	var x, y interface{}
	for x, y = range []string{"a", "b"} {
	}
	fmt.Println(x, y)
	for x, y = range "hé" {
	}
	fmt.Println(x, y)
	for x = range [2]int{} {
	}
	fmt.Println(x)
	for x, y = range map[string]int{"k": 4} {
	}
	fmt.Println(x, y)
	var e error
	for x, y = range map[error]bool{e: true} {
	}
	fmt.Println(x, y)

	entries := map[string]interface{}{}
	for entries["key"], entries["value"] = range map[int]bool{3: true} {
	}
	fmt.Println(entries)
	names := map[int]string{}
	for names[len(names)] = range map[string]int{"only": 1} {
	}
	fmt.Println(names)
}
