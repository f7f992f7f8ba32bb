// run

// Every goroutine blocked: Go's deadlock error, naming main's wait.
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	go func() { b <- 1 }()
	go func() { select {} }()
	fmt.Println("waiting")
	<-a
}
