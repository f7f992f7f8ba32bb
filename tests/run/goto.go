// run

// goto, labels on any statement, labelled break out of a switch.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto loop
	}
	n := 0
outer:
	switch {
	case n == 0:
		for j := 0; j < 10; j++ {
			if j == 2 {
				break outer
			}
			fmt.Println("j", j)
		}
	}
	goto end
end:
	fmt.Println("done")
}
