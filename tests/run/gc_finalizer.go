// run

// runtime.SetFinalizer: finalizers run once their object is unreachable, the
// object survives for them (and can be revived), a nil finalizer clears one,
// x's finalizer runs before that of y which x points to, a finalizer may
// take interface{}, may set a finalizer again, and runtime.KeepAlive keeps
// its argument. Go runs finalizers on a goroutine of its own, so the test
// polls (runtime.GC, then runtime.Gosched) until they have run. A
// conservative stack scan may keep the odd object alive by a stale word, so
// counts are checked against a floor rather than exactly.

package main

import (
	"fmt"
	"runtime"
)

type T struct {
	id   int
	val  int
	next *T
	pad  [4]*int
}

const N = 50

var (
	count      int  // batch 1's finalizers run
	clearedRan bool // a cleared finalizer ran
	cycle      int  // the polling loop's cycles
	order      = map[int]int{}
	badOrder   int
	revived    []*T
	icount     int
	rearmed    int
	kept       bool
)

func poll(done func() bool) {
	for i := 0; i < 200 && !done(); i++ {
		cycle++
		runtime.GC()
		runtime.Gosched()
	}
}

// garbage allocates, so that freed memory gets reused.
func garbage() int {
	s := 0
	for i := 0; i < 1000; i++ {
		p := &T{id: i, val: i}
		s += p.val
	}
	return s
}

func batch() {
	for i := 0; i < 4*N; i++ {
		p := &T{id: i}
		runtime.SetFinalizer(p, func(q *T) { count++ })
		if i%4 == 0 {
			runtime.SetFinalizer(p, nil)
			c := &T{id: -i}
			runtime.SetFinalizer(c, func(q *T) { clearedRan = true })
			runtime.SetFinalizer(c, nil)
		}
	}
}

// pairs: a points to b, both finalizable; b's finalizer must run after a's
// (a later collection than the one that queued a's finds b unreachable).
func pairs() {
	for i := 0; i < N; i++ {
		a, b := &T{id: i}, &T{id: i}
		a.next = b
		runtime.SetFinalizer(a, func(q *T) { order[q.id] = cycle })
		runtime.SetFinalizer(b, func(q *T) {
			if _, ok := order[q.id]; !ok {
				badOrder++
			}
			order[q.id+1000] = cycle
		})
	}
}

func revive() {
	for i := 0; i < N; i++ {
		p := &T{id: i, val: 3 * i}
		p.next = &T{id: i, val: 5 * i}
		runtime.SetFinalizer(p, func(q *T) { revived = append(revived, q) })
	}
}

func iface() {
	for i := 0; i < N; i++ {
		runtime.SetFinalizer(&T{id: i}, func(x interface{}) {
			if _, ok := x.(*T); ok {
				icount++
			}
		})
	}
}

func rearm() {
	for i := 0; i < N; i++ {
		p := &T{id: i}
		var f func(q *T)
		f = func(q *T) {
			rearmed++
			if q.val == 0 {
				q.val = 1
				runtime.SetFinalizer(q, f)
			}
		}
		runtime.SetFinalizer(p, f)
	}
}

func keepAlive() {
	p := &T{id: 7}
	runtime.SetFinalizer(p, func(q *T) { kept = true })
	for i := 0; i < 3; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	fmt.Println("finalizer before KeepAlive:", kept)
	runtime.KeepAlive(p)
}

func main() {
	batch()
	poll(func() bool { return count >= 3*N })
	fmt.Println("batch:", count >= 3*N-5, count <= 3*N, "cleared ran:", clearedRan)

	pairs()
	poll(func() bool { return len(order) >= 2*N })
	fmt.Println("pairs:", len(order) >= 2*N-10, "bad order:", badOrder)

	revive()
	poll(func() bool { return len(revived) >= N })
	for i := 0; i < 5; i++ {
		garbage()
		runtime.GC()
	}
	ok := true
	for _, q := range revived {
		if q.val != 3*q.id || q.next.val != 5*q.id {
			ok = false
		}
	}
	fmt.Println("revived:", len(revived) >= N-5, "intact:", ok)

	iface()
	poll(func() bool { return icount >= N })
	fmt.Println("interface{} finalizers:", icount >= N-5)

	rearm()
	poll(func() bool { return rearmed >= 2*N })
	fmt.Println("re-armed:", rearmed >= 2*N-10, rearmed <= 2*N)

	keepAlive()
}
