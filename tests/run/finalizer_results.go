// run

// A finalizer may have results, which are ignored (Go's SetFinalizer
// accepts them); small results and large ones. Whether a finalizer has run
// by a given collection is not something a test can rely on, so this one
// only sets and clears them, and checks that nothing breaks. The expected
// output is Go 1.19's.

package main

import (
	"fmt"
	"runtime"
)

type T struct{ a [4]int }

type big struct{ a, b, c, d, e int }

func main() {
	t := &T{}
	runtime.SetFinalizer(t, func(t *T) (int, error) { return 1, nil })
	runtime.SetFinalizer(t, nil)
	u := &T{}
	runtime.SetFinalizer(u, func(t *T) big { return big{1, 2, 3, 4, 5} })
	runtime.SetFinalizer(u, nil)
	runtime.GC()
	fmt.Println("ok", t.a[0], u.a[0])
	runtime.KeepAlive(t)
	runtime.KeepAlive(u)
}
