// run

// Channels as the spec and Go's runtime define them: buffered FIFO order,
// len and cap, close and draining, the zero value and ok from a closed
// channel, range, nil channels, select's default, send and receive cases,
// and the run-time panics of misuse (recovered).
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type point struct{ x, y int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			fmt.Printf("%s: runtime.Error: %v\n", name, r)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	c := make(chan int, 5)
	fmt.Println(len(c), cap(c))
	for i := 1; i <= 5; i++ {
		c <- i * i
	}
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, <-c)
	c <- 100
	close(c)
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-c
	fmt.Println("closed:", v, ok)

	ps := make(chan point, 2)
	ps <- point{1, 2}
	close(ps)
	p, ok := <-ps
	fmt.Println(p, ok)
	p, ok = <-ps
	fmt.Println(p, ok)

	sc := make(chan string)
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			sc <- s
		}
		close(sc)
	}()
	for s := range sc {
		fmt.Print(s)
	}
	fmt.Println()

	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	select {
	case v := <-nilc:
		fmt.Println("received from nil", v)
	case nilc <- 1:
		fmt.Println("sent to nil")
	default:
		fmt.Println("nil channels are never ready")
	}

	b := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case b <- i:
			fmt.Println("sent", i)
		case v := <-b:
			fmt.Println("received", v)
		}
	}

	done := make(chan struct{})
	data := make(chan int)
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			select {
			case data <- i:
			case <-done:
				return
			}
			if i == 3 {
				return
			}
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Print(<-data, " ")
	}
	<-done
	fmt.Println("done")

	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close of closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close of nil", func() {
		var c chan int
		close(c)
	})
	try("makechan", func() {
		n := -1
		_ = make(chan int, n)
	})
	try("select send on closed", func() {
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		default:
		}
	})
	try("ok", func() {})

	var z chan struct{} = make(chan struct{}, 3)
	z <- struct{}{}
	z <- struct{}{}
	fmt.Println(len(z), cap(z))
}
