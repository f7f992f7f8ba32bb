// run

// Maps: literals, index and comma-ok, op-assignment, delete, range, struct
// keys, nil maps (reads work, writes panic), and fmt's sorted printing.
package main

import "fmt"

type key struct {
	a int
	b string
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(len(m), m["a"], m["zz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	delete(m, "b")
	_, ok = m["b"]
	fmt.Println(ok, len(m))
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	if len(keys) == 2 && keys[0] > keys[1] {
		keys[0], keys[1] = keys[1], keys[0]
	}
	fmt.Println(keys)
	counts := make(map[key]int)
	counts[key{1, "x"}]++
	counts[key{1, "x"}]++
	counts[key{2, "y"}]++
	fmt.Println(counts[key{1, "x"}], counts[key{2, "y"}], len(counts))
	var nm map[int]bool
	fmt.Println(nm[3], len(nm), nm == nil)
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	fmt.Println(m)
	nm[1] = true
}
