// errorcheck

// Channel operations the type checker rejects: directions, non-channels,
// closing, ranging. The annotations are gc's (tests/tools/annotate.sh).

package p

func f(c chan int, cs chan<- int, cr <-chan int, n int) {
	c <- 1
	<-c
	cs <- 1
	<-cs // ERROR  "invalid operation: cannot receive from send-only channel cs \(variable of type chan<- int\)"
	cr <- 1 // ERROR  "invalid operation: cannot send to receive-only channel cr \(variable of type <-chan int\)"
	<-cr
	<-n // ERROR  "invalid operation: cannot receive from non-channel n \(variable of type int\)"
	n <- 1 // ERROR  "invalid operation: cannot send to non-channel n \(variable of type int\)"
	x, ok := <-cs // ERROR  "invalid operation: cannot receive from send-only channel cs \(variable of type chan<- int\)"
	_, _ = x, ok
	close(cr) // ERROR  "invalid operation: cannot close receive-only channel cr \(variable of type <-chan int\)"
	close(n) // ERROR  "invalid operation: cannot close non-channel n \(variable of type int\)"
	close(cs)
	for range cs { // ERROR  "cannot range over cs \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
	for v := range cr {
		_ = v
	}
	select {
	case cr <- 1: // ERROR  "invalid operation: cannot send to receive-only channel cr \(variable of type <-chan int\)"
	case v := <-cs: // ERROR  "invalid operation: cannot receive from send-only channel cs \(variable of type chan<- int\)"
		_ = v
	default:
	}
	var s chan<- string = c // ERROR  "cannot use c \(variable of type chan int\) as type chan<- string in variable declaration"
	_ = s
}
