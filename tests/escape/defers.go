// errorcheck -0 -m -l

// defer and panic: a deferred call outside loops keeps its arguments only
// until the function returns; in a loop they go to the heap. A panic's
// value goes to the heap.
// The annotations are Go 1.19's (tests/tools/annotate.sh).

package escape

func work(p *int) {} // ERROR  "p does not escape"

func deferTop(a *int) { // ERROR  "a does not escape"
	defer work(a)
	defer func() {}() // ERROR  "func literal does not escape"
}

func deferLoop(a *int) { // ERROR  "leaking param: a"
	for i := 0; i < 2; i++ {
		defer work(a)
		defer func() {}() // ERROR  "func literal escapes to heap"
	}
}

func deferLiteral() {
	x := 0
	defer func(p *int) { // ERROR  "p does not escape" "func literal does not escape"
		*p = 1
	}(&x)
}

func deferCapture() (r int) {
	defer func() { r++ }() // ERROR  "func literal does not escape"
	return 1
}

func recovering() (err interface{}) {
	defer func() { // ERROR  "func literal does not escape"
		err = recover()
	}()
	panic(new(int)) // ERROR  "new\(int\) escapes to heap"
}
