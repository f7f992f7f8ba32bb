// run

// range over slices, arrays, pointers to arrays and strings (with invalid
// UTF-8); Go 1.19 reuses one iteration variable for the whole loop.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Println(i, v)
	}
	total := 0
	for _, n := range [4]int{1, 2, 3, 4} {
		total += n
	}
	fmt.Println(total)
	for i := range s {
		s[i] += "!"
	}
	fmt.Println(s)
	for i, r := range "héllo, 世界\xff" {
		fmt.Println(i, r, string(r))
	}
	pts := []point{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.x = 100
	}
	for i := range pts {
		pts[i].y *= 10
	}
	fmt.Println(pts)
	arr := [3]int{1, 2, 3}
	for i, v := range &arr {
		if i == 0 {
			arr[2] = 30
		}
		fmt.Println(v)
	}
	var k, v int
outer:
	for k, v = range []int{5, 6, 7} {
		for range s {
			if v == 6 {
				continue outer
			}
		}
		fmt.Println(k, v)
	}
	fmt.Println(k, v)
}
