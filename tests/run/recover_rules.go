// run

// recover stops a panic only when called by a function that the panic called
// directly as a deferred call; "defer recover()" acts as its function's own
// call, and only at that function's return.

package main

import "fmt"

func helper() interface{} { return recover() }

func subCall() (r interface{}) {
	defer func() {
		r = helper() // a sub-call: recovers nothing
		if r == nil {
			r = fmt.Sprint("direct: ", recover())
		}
	}()
	panic("sub")
}

func catch(name string) {
	fmt.Println(name, "caught", recover())
}

type T struct{ name string }

func (t *T) catch() { fmt.Println(t.name, "caught", recover()) }

func viaValue() {
	f := catch
	defer f("value")
	panic(1)
}

func viaMethod() {
	t := &T{"method"}
	defer t.catch()
	panic(2)
}

type Catcher interface{ catch() }

type V struct{ name string }

func (v V) catch() { fmt.Println(v.name, "caught", recover()) }

func viaInterface() {
	var c Catcher = &T{"pointer in interface"}
	defer c.catch()
	c = V{"value in interface"}
	defer c.catch()
	panic(3)
}

func viaMethodValues() {
	v := V{"method value"}
	f := v.catch
	defer f()
	defer (*T).catch(&T{"method expression"})
	panic(4)
}

func deferNilInterface() {
	defer catch("nil interface")
	var c Catcher
	defer c.catch() // i.M is evaluated here: the panic comes now
	fmt.Println("not reached")
}

func notDeferred() {
	fmt.Println("not deferred:", recover())
}

func nested() {
	defer catch("outer")
	defer func() {
		defer catch("inner")
		panic("second")
	}()
	panic("first")
}

func deferRecoverAtReturn() {
	defer func() {
		defer recover() // runs at this closure's return: recovers "third"
	}()
	panic("third")
}

func deferRecoverByPanic() {
	defer catch("after no-op")
	defer func() {
		defer catch("inner")
		defer recover() // run by the panic itself: a no-op
		panic("fourth")
	}()
	panic("fifth")
}

func named() (n int) {
	defer func() {
		if recover() != nil {
			n = 42
		}
	}()
	var m map[string]int
	m["x"] = 1
	return 7
}

func main() {
	fmt.Println(subCall())
	viaValue()
	viaMethod()
	viaInterface()
	viaMethodValues()
	deferNilInterface()
	notDeferred()
	nested()
	deferRecoverAtReturn()
	fmt.Println("third recovered")
	deferRecoverByPanic()
	fmt.Println(named())
	defer fmt.Println("deferred print runs")
	defer helper()
	panic("last")
}
