// run

// select picks among ready cases uniformly at random; a blocked select is
// woken by whichever channel gets a value first, and its other cases are
// then no longer waiting.
package main

import "fmt"

func main() {
	a, b, c := make(chan int, 1), make(chan int, 1), make(chan int, 1)
	counts := [3]int{}
	const n = 30000
	for i := 0; i < n; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			counts[0]++
			<-b
			<-c
		case <-b:
			counts[1]++
			<-a
			<-c
		case <-c:
			counts[2]++
			<-a
			<-b
		}
	}
	for i, k := range counts {
		fmt.Println("case", i, "roughly a third:", k > n/3-n/30 && k < n/3+n/30)
	}

	x, y := make(chan int), make(chan int, 1)
	got := make(chan string)
	go func() {
		select {
		case v := <-x:
			got <- fmt.Sprint("x ", v)
		case v := <-y:
			got <- fmt.Sprint("y ", v)
		}
	}()
	x <- 7
	fmt.Println(<-got)
	y <- 8 // nobody waits on y any more: it goes to the buffer
	fmt.Println(len(y))
}
