// run

// Package time on the scheduler's timers: sleeps wake in deadline order,
// Timer (Stop, Reset), Ticker, After in a select as a timeout, AfterFunc,
// Since and Duration's String.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for _, ms := range []int{30, 10, 20} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}(ms)
	}
	wg.Wait()
	fmt.Println("woke in order:", order)

	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 15ms:", el >= 15*time.Millisecond)

	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")

	tk := time.NewTicker(3 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)

	slow := make(chan int)
	select {
	case <-slow:
		fmt.Println("impossible")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}

	fired := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { fired <- "AfterFunc ran" })
	fmt.Println(<-fired)
	never := time.AfterFunc(time.Millisecond, func() { fmt.Println("stopped AfterFunc ran") })
	fmt.Println("stopped:", never.Stop())
	time.Sleep(5 * time.Millisecond)

	for _, d := range []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Minute, -time.Hour - 1} {
		fmt.Print(d, " ")
	}
	fmt.Println()
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Seconds(), d.Minutes(), d.Round(time.Hour), d.Truncate(time.Minute))
	_, err = time.ParseDuration("3x")
	fmt.Println(err)

	u := time.Unix(1234567890, 5).UTC()
	fmt.Println(u, u.Weekday(), u.YearDay())
	fmt.Println(u.Add(48*time.Hour).Sub(u), u.AddDate(0, 1, 0))
	fmt.Println(time.Date(2000, 2, 29, 25, 61, 0, 0, time.UTC))
	fmt.Println(u.In(time.FixedZone("EST", -5*3600)))
}
