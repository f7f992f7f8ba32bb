// run

// With one P (as gosub always has), the order goroutines run in is Go's:
// a goroutine readied by the running one runs next, so `go` statements in
// a loop start last first; Gosched sends a goroutine to the back; close
// wakes its waiters last-queued first; an unbuffered ping-pong alternates.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(i int) { fmt.Println("started", i); done <- true }(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}

	for i := 0; i < 3; i++ {
		go func(i int) {
			for j := 0; j < 3; j++ {
				fmt.Println("gosched", i, j)
				runtime.Gosched()
			}
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}

	c := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			v, ok := <-c
			fmt.Println("woken", i, v, ok)
			done <- true
		}(i)
	}
	runtime.Gosched()
	close(c)
	for i := 0; i < 3; i++ {
		<-done
	}

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			fmt.Println("ping", v)
			pong <- v
		}
		close(pong)
	}()
	for i := 0; i < 3; i++ {
		ping <- i
		fmt.Println("pong", <-pong)
	}
	close(ping)
	<-pong

	buf := make(chan int, 2)
	go func() {
		for i := 0; i < 5; i++ {
			buf <- i
			fmt.Println("sent", i)
		}
		close(buf)
	}()
	for v := range buf {
		fmt.Println("received", v)
	}
}
