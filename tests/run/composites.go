// run

// Structs, pointers, methods, slices, append growth, arrays as values,
// multiple and named results, copy, and an index panic.
package main

import (
	"fmt"
	"os"
)

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

type pair struct {
	a, b int
	name string
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	fmt.Println(bottomUp(6).check(), len(os.Args))
	s := []int{1, 2, 3}
	s = append(s, 4, 5)
	fmt.Println(s, len(s), cap(s))
	var t []string
	for i := 0; i < 10; i++ {
		t = append(t, fmt.Sprint(i))
	}
	fmt.Println(t, len(t), cap(t), t[2:5], len(t[2:5]), cap(t[2:5]))
	p := pair{1, 2, "x"}
	q := &p
	q.a = 10
	fmt.Println(p.a, p.b, p.name, q.name)
	x, y := divmod(17, 5)
	fmt.Println(x, y)
	u, v := swap("a", "b")
	fmt.Println(u, v)
	arr := [3]int{1, 2, 3}
	arr[1] = 20
	b := arr
	b[0] = 100
	fmt.Println(arr, b, len(arr))
	m := make([]int, 3, 10)
	n := copy(m, s)
	fmt.Println(m, n)
	k := 5
	pk := &k
	*pk = 6
	fmt.Println(k, *pk)
	idx := 7
	fmt.Println(s[idx])
}
