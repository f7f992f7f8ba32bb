// run

// A WaitGroup that never reaches zero once the other goroutine is done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("worker")
	}()
	wg.Wait()
}
