// run

// runtime.Goexit runs the goroutine's deferred calls (recover sees no
// panic) and ends it; from main, the others go on and the program ends
// with Go's fatal error when they are done.
package main

import (
	"fmt"
	"runtime"
)

func inner(done chan bool) {
	defer fmt.Println("inner deferred, recover:", recover())
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("outer deferred")
		inner(done)
		fmt.Println("not reached either")
	}()
	<-done
	fmt.Println("goroutines:", runtime.NumGoroutine())
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("still running", i)
			runtime.Gosched()
		}
	}()
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}
