// run

// os.Exit ends the program with its status, after what was printed.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("leaving")
	os.Exit(3)
}
