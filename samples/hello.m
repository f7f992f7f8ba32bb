hello.go:30:13: ... argument does not escape
hello.go:30:23: greeting + ", world" escapes to heap
hello.go:32:14: ... argument does not escape
hello.go:32:14: i escapes to heap
hello.go:32:26: describe(i) escapes to heap
hello.go:32:34: fib(i) escapes to heap
hello.go:32:41: i > 5 escapes to heap
