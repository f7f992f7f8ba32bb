// run first "" 'two words' "x y" last

// The runner splits a directive's arguments as Go's test driver does:
// quotes group words, and an empty quoted argument is an empty argument.

package main

import (
	"fmt"
	"os"
)

func main() {
	for i, a := range os.Args[1:] {
		fmt.Printf("%d %q\n", i, a)
	}
}
