// run

// sync.Pool as Go's: Get takes what Put left (the private slot first, then
// the last put), New when empty; an item survives one collection (the
// victim cache) and not two. Also Once, WaitGroup and the mutexes, as one
// goroutine sees them. The expected output is Go 1.19's.
//
// This directory's tests depend on when collections happen, by design (a
// pool loses its items at each one), so tests/all.sh does not run them
// again under GOSUB_GCSTRESS as it does tests/run.

package main

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"
)

type buf struct{ id int }

func main() {
	made := 0
	p := sync.Pool{New: func() any { made++; return &buf{id: 100 + made} }}
	fmt.Println(p.Get().(*buf).id) // New
	a, b, c := &buf{1}, &buf{2}, &buf{3}
	p.Put(a)
	p.Put(b)
	p.Put(c)
	fmt.Println(p.Get().(*buf).id, p.Get().(*buf).id, p.Get().(*buf).id, p.Get().(*buf).id)

	p.Put(a)
	runtime.GC() // a moves to the victim cache
	fmt.Println(p.Get().(*buf).id)
	p.Put(b)
	runtime.GC()
	runtime.GC() // and is dropped by the next collection
	fmt.Println(p.Get().(*buf).id)

	var q sync.Pool
	fmt.Println(q.Get() == nil)
	q.Put(nil)
	fmt.Println(q.Get() == nil)

	bufs := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	w := bufs.Get().(*bytes.Buffer)
	w.WriteString("reused")
	w.Reset()
	bufs.Put(w)
	fmt.Println(bufs.Get().(*bytes.Buffer) == w)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("waited")

	var mu sync.Mutex
	mu.Lock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())

	defer func() { fmt.Println("recovered:", recover()) }()
	wg.Add(-1)
}
