// run

// A nil dereference in a goroutine is that goroutine's panic.
package main

type T struct{ a, b int }

var p *T

func main() {
	done := make(chan int)
	go func() { done <- p.b }()
	<-done
}
