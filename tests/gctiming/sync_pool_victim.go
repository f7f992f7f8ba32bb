// run

// sync.Pool's order of return across collections: before one, the private
// slot first, then the most recently put; after one (from the victim
// cache), the private slot first, then the oldest put; items put after a
// collection come before the victim's; two collections empty the pool;
// several pools at once; Put(nil) ignored. One goroutine (GOMAXPROCS 1,
// so that Go keeps it on one P). Expected output is Go 1.19's.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func drain(p *sync.Pool, n int) {
	for i := 0; i < n; i++ {
		x := p.Get()
		if x == nil {
			fmt.Print(" nil")
		} else {
			fmt.Print(" ", x.(*int2).v)
		}
	}
	fmt.Println()
}

type int2 struct{ v int }

func fill(p *sync.Pool, from, to int) {
	for i := from; i < to; i++ {
		p.Put(&int2{i})
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	var p, q sync.Pool
	fill(&p, 1, 6)
	drain(&p, 6)

	fill(&p, 1, 6)
	runtime.GC()
	drain(&p, 6)

	fill(&p, 1, 6)
	runtime.GC()
	fill(&p, 10, 13)
	p.Put(nil)
	drain(&p, 9)

	fill(&p, 1, 4)
	fill(&q, 20, 23)
	runtime.GC()
	fill(&p, 30, 32)
	runtime.GC()
	drain(&p, 6)
	drain(&q, 4)

	fill(&q, 1, 4)
	runtime.GC()
	runtime.GC()
	drain(&q, 2)

	n := 0
	r := sync.Pool{New: func() any { n++; return &int2{-n} }}
	r.Put(&int2{99})
	runtime.GC()
	drain(&r, 3)
}
