// run

// Package sync as one goroutine sees it: the locks' try forms and states,
// Once (also when f panics), WaitGroup's counter and its negative-counter
// panic, Map, Cond with nobody waiting, RLocker; then a Mutex unlocked
// twice, which is Go's fatal error, not a panic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("trylock free:", mu.TryLock())
	fmt.Println("trylock held:", mu.TryLock())
	mu.Unlock()
	mu.Lock()
	mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("write trylock with readers:", rw.TryLock())
	fmt.Println("read trylock with readers:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("write trylock:", rw.TryLock())
	fmt.Println("read trylock with a writer:", rw.TryRLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println("write trylock with RLocker held:", rw.TryLock())
	l.Unlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var once2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once2.Do(func() { panic("in Do") })
	}()
	once2.Do(func() { fmt.Println("not called again") })

	var wg sync.WaitGroup
	wg.Add(3)
	wg.Done()
	wg.Add(-2)
	wg.Wait()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println("load a:", v, ok)
	v, loaded := m.LoadOrStore("a", 10)
	fmt.Println("load or store a:", v, loaded)
	v, loaded = m.LoadOrStore("c", 3)
	fmt.Println("load or store c:", v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println("load and delete b:", v, loaded)
	m.Delete("c")
	n := 0
	m.Range(func(k, v any) bool { n++; fmt.Println("range:", k, v); return true })
	fmt.Println("entries:", n)
	v, ok = m.Load("zzz")
	fmt.Println("load zzz:", v, ok)

	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	fmt.Println("cond without waiters")

	mu.Lock()
	mu.Unlock()
	mu.Unlock()
	fmt.Println("not reached")
}
