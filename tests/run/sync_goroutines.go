// run

// Package sync with goroutines that really wait: a Mutex held across
// yields, RWMutex readers and a writer, Cond as a queue, Once with
// several callers, WaitGroup with many workers.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				c := counter
				runtime.Gosched() // others run, and must wait for the lock
				counter = c + 1
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)

	var rw sync.RWMutex
	shared := map[int]int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			shared[i] = i * i
			runtime.Gosched()
			rw.Unlock()
		}(i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			n := len(shared)
			runtime.Gosched()
			if n != len(shared) {
				fmt.Println("a writer ran while a reader held the lock")
			}
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("shared:", len(shared), shared[4])

	var qmu sync.Mutex
	cond := sync.NewCond(&qmu)
	var queue []int
	consumed := make(chan int, 100)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				qmu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				qmu.Unlock()
				if v < 0 {
					return
				}
				consumed <- v
			}
		}()
	}
	for i := 1; i <= 30; i++ {
		qmu.Lock()
		queue = append(queue, i)
		qmu.Unlock()
		cond.Signal()
	}
	qmu.Lock()
	queue = append(queue, -1, -1, -1)
	qmu.Unlock()
	cond.Broadcast()
	wg.Wait()
	close(consumed)
	sum := 0
	for v := range consumed {
		sum += v
	}
	fmt.Println("consumed sum:", sum)

	var once sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				runtime.Gosched() // the others wait for the first call
				calls++
			})
			if calls != 1 {
				fmt.Println("Do returned before f did")
			}
		}()
	}
	wg.Wait()
	fmt.Println("once calls:", calls)

	var m sync.Map
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg.Wait()
	total := 0
	m.Range(func(k, v any) bool { total += v.(int); return true })
	fmt.Println("map total:", total)
}
