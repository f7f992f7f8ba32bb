// sched_expect.go prints sched_expect.h: what Go 1.19 programs write (stdout
// and stderr together) and their exit status, for the process-level cases
// of goroutines and channels that sched_test.c reproduces with gosub's
// runtime: the order in which goroutines run with one P (GOMAXPROCS=1),
// deadlocks and their goroutine headers, panics in goroutines, channel
// misuse, stack overflow.
//
//	go run tests/runtime/sched_expect.go > tests/runtime/sched_expect.h
//
// Run with a case name as argument it performs that case; without, it runs
// itself once per case (with GOMAXPROCS=1) and writes the header. Output is
// kept up to the first goroutine header, and after it only the other
// goroutine headers ("goroutine 5 [chan send]:"): gosub prints no traces.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"time"
)

type T struct{ a, b int }

var (
	sink any
	nilT *T
)

func recurse(n int) int {
	var a [64]int
	a[n%64] = n
	return recurse(n+1) + a[3]
}

var cases = []struct {
	name string
	run  func()
}{
	{"go order", func() {
		done := make(chan bool)
		for i := 0; i < 3; i++ {
			go func(i int) { println("goroutine", i); done <- true }(i)
		}
		for i := 0; i < 3; i++ {
			<-done
		}
	}},
	{"gosched", func() {
		done := make(chan bool)
		for i := 0; i < 3; i++ {
			go func(i int) {
				for j := 0; j < 3; j++ {
					println(i, j)
					runtime.Gosched()
				}
				done <- true
			}(i)
		}
		for i := 0; i < 3; i++ {
			<-done
		}
	}},
	{"ping pong", func() {
		ping, pong := make(chan int), make(chan int)
		go func() {
			for v := range ping {
				println("got ping", v)
				pong <- v + 100
			}
			println("ping closed")
			close(pong)
		}()
		for i := 0; i < 3; i++ {
			println("send", i)
			ping <- i
			println("got pong", <-pong)
		}
		close(ping)
		_, ok := <-pong
		println("pong open:", ok)
	}},
	{"buffered", func() {
		c := make(chan int, 3)
		done := make(chan bool)
		go func() {
			for i := 0; i < 8; i++ {
				c <- i
				println("sent", i)
			}
			close(c)
			done <- true
		}()
		for v := range c {
			println("received", v)
		}
		<-done
	}},
	{"close wakes", func() {
		c := make(chan int)
		done := make(chan bool)
		for i := 0; i < 3; i++ {
			go func(i int) {
				v, ok := <-c
				println("receiver", i, v, ok)
				done <- true
			}(i)
		}
		runtime.Gosched()
		println("closing")
		close(c)
		for i := 0; i < 3; i++ {
			<-done
		}
	}},
	{"select blocks", func() {
		a, b, c := make(chan int), make(chan int), make(chan int, 1)
		go func() {
			println("sender")
			b <- 42
			println("sender done")
		}()
		select {
		case v := <-a:
			println("a", v)
		case v := <-b:
			println("b", v)
		case c <- 7:
			println("sent to c")
		}
		select {
		case v := <-a:
			println("a", v)
		case v, ok := <-b:
			println("b", v, ok)
		case c <- 8:
			println("sent to c")
		}
		println(len(c), cap(c))
	}},
	{"sleep order", func() {
		done := make(chan int)
		for _, ms := range []int{30, 10, 20} {
			go func(ms int) {
				time.Sleep(time.Duration(ms) * time.Millisecond)
				done <- ms
			}(ms)
		}
		for i := 0; i < 3; i++ {
			println("woke", <-done)
		}
	}},
	{"numgoroutine", func() {
		c := make(chan bool)
		println(runtime.NumGoroutine())
		for i := 0; i < 4; i++ {
			go func() { <-c }()
		}
		println(runtime.NumGoroutine())
		close(c)
		runtime.Gosched()
		println(runtime.NumGoroutine())
	}},
	{"deadlock recv", func() {
		c := make(chan int)
		<-c
	}},
	{"deadlock send", func() {
		c := make(chan int)
		c <- 1
	}},
	{"deadlock select", func() {
		a, b := make(chan int), make(chan int)
		select {
		case <-a:
		case b <- 1:
		}
	}},
	{"deadlock select no cases", func() {
		select {}
	}},
	{"deadlock nil recv", func() {
		var c chan int
		<-c
	}},
	{"deadlock nil send", func() {
		var c chan int
		c <- 1
	}},
	{"deadlock others", func() {
		a, b := make(chan int), make(chan int)
		go func() { b <- 1 }()
		go func() { select {} }()
		go func() { println("exits") }()
		<-a
	}},
	{"deadlock semacquire", func() {
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Wait()
	}},
	{"goexit", func() {
		done := make(chan bool)
		go func() {
			defer func() { println("deferred"); done <- true }()
			runtime.Goexit()
		}()
		<-done
		go func() { println("other") }()
		runtime.Goexit()
	}},
	{"panic at main's return", func() {
		go func() {
			defer println("deferred call done")
			defer runtime.Gosched()
			panic("boom")
		}()
		runtime.Gosched()
		println("main returns")
	}},
	{"panic in goroutine", func() {
		c := make(chan int)
		go func() { panic("boom") }()
		<-c
	}},
	{"recover in goroutine", func() {
		c := make(chan int)
		defer func() { println("main recovered", recover().(string)) }()
		go func() {
			defer func() {
				println("goroutine recovered", recover().(string))
				c <- 1
			}()
			panic("in goroutine")
		}()
		println("main got", <-c)
		panic("in main")
	}},
	{"send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	}},
	{"send on closed wakes sender", func() {
		c := make(chan int)
		go func() { c <- 1 }()
		runtime.Gosched()
		close(c)
		time.Sleep(time.Second)
	}},
	{"close of nil", func() {
		var c chan int
		close(c)
	}},
	{"close of closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	}},
	{"makechan size", func() {
		n := -1
		sink = make(chan int, n)
	}},
	{"nil deref in goroutine", func() {
		c := make(chan int)
		go func() { sink = nilT.b }()
		<-c
	}},
	{"stack overflow in goroutine", func() {
		c := make(chan int)
		go func() { sink = recurse(0) }()
		<-c
	}},
}

func cquote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// headers keeps s up to its first goroutine header line, then only the
// other goroutine header lines, each after a blank line as Go prints them.
func headers(s string) string {
	lines := strings.SplitAfter(s, "\n")
	var b strings.Builder
	seen := false
	for _, l := range lines {
		isHeader := strings.HasPrefix(l, "goroutine ") && strings.HasSuffix(l, "]:\n")
		if !seen {
			b.WriteString(l)
			seen = isHeader
		} else if isHeader {
			b.WriteString("\n" + l)
		}
	}
	return b.String()
}

func main() {
	if len(os.Args) > 1 {
		for _, c := range cases {
			if c.name == os.Args[1] {
				c.run()
				return
			}
		}
		os.Exit(99)
	}
	self, err := os.Executable()
	if err != nil {
		panic(err)
	}
	fmt.Println("/* Generated by sched_expect.go with Go 1.19 (go run sched_expect.go > sched_expect.h); do not edit. */")
	fmt.Println("/* Output (stdout and stderr in one pipe, GOMAXPROCS=1) up to the first goroutine header, then")
	fmt.Println(" * the other goroutine headers only; and exit status. contains: only this line must appear. */")
	fmt.Println("static const struct { const char *name, *want; bool contains; int status; } sched_expect[] = {")
	for _, c := range cases {
		cmd := exec.Command(self, c.name)
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
		out, err := cmd.CombinedOutput()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		}
		s := headers(string(out))
		contains := false
		if c.name == "stack overflow in goroutine" {
			s, contains = "fatal error: stack overflow\n", true
		}
		fmt.Printf("    {%q, %s, %v, %d},\n", c.name, cquote(s), contains, status)
	}
	fmt.Println("};")
}
