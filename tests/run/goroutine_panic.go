// run

// A panic that no deferred call of its goroutine recovers ends the program,
// naming that goroutine; main's deferred calls do not run.
package main

import "fmt"

func main() {
	defer fmt.Println("main's deferred call: not run")
	done := make(chan bool)
	go func() {
		defer fmt.Println("the goroutine's deferred call runs")
		var m map[string]int
		m["x"]++
		done <- true
	}()
	<-done
}
