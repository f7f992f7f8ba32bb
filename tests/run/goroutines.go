// run

// Goroutines: a worker pool over channels, closures capturing their own
// variables, deep recursion on a goroutine's stack, 2,000 goroutines
// blocked then released, NumGoroutine, panics recovered per goroutine.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type result struct {
	id, job int
	squares []int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		v := make([]int, j)
		for i := range v {
			v[i] = i * i
		}
		results <- result{id, j, v}
	}
}

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 + pad[0]*0
}

func main() {
	jobs := make(chan int, 4)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum, n := 0, 0
	for r := range results {
		n++
		for _, s := range r.squares {
			sum += s
		}
	}
	fmt.Println("results:", n, "sum of squares:", sum)

	// Each goroutine has its own copy of i.
	out := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = i * 10
		}(i)
	}
	wg.Wait()
	fmt.Println(out)

	// Deep recursion on a goroutine's stack (about 100 MB of frames in gc;
	// far less in C, but well past the first pages).
	done := make(chan int)
	go func() { done <- depth(200000) }()
	fmt.Println("depth:", <-done)

	// Many goroutines blocked on one channel, then released by close.
	release := make(chan struct{})
	const N = 2000 // 10,000 is measured separately: under GOSUB_GCSTRESS this must stay fast
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
		}()
	}
	fmt.Println("goroutines while blocked:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
	runtime.Gosched()
	fmt.Println("goroutines after:", runtime.NumGoroutine())

	// A panic recovered in one goroutine does not touch another's.
	errs := make(chan string)
	for i := 0; i < 3; i++ {
		go func(i int) {
			defer func() { errs <- fmt.Sprint("goroutine recovered: ", recover()) }()
			var a []int
			_ = a[i]
		}(i)
	}
	msgs := map[string]bool{}
	for i := 0; i < 3; i++ {
		msgs[<-errs] = true
	}
	for i := 0; i < 3; i++ {
		fmt.Println(msgs[fmt.Sprintf("goroutine recovered: runtime error: index out of range [%d] with length 0", i)])
	}
	fmt.Println("recover in main:", recover())
}
