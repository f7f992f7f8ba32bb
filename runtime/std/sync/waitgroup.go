// WaitGroup: a counter of outstanding work plus a list of goroutines to
// wake when it drops to zero.

package sync

// WaitGroup lets goroutines wait for a set of tasks to finish. Add raises
// the number of tasks outstanding, Done lowers it by one, and Wait sleeps
// until it is zero. The zero value has nothing outstanding; a WaitGroup
// must not be copied once used.
type WaitGroup struct {
	pending  int32  // tasks not yet done (Go's counter is 32 bits too)
	sleepers uint32 // goroutines asleep in Wait
	wake     uint32 // semaphore they sleep on
}

// Add adds delta, which may be negative, to the count of outstanding tasks.
// When the count reaches zero every goroutine in Wait is released; a count
// below zero panics. Calls that raise the count from zero should come
// before the Wait they are meant to hold up.
func (wg *WaitGroup) Add(delta int) {
	wg.pending += int32(delta)
	if wg.pending < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.pending > 0 {
		return
	}
	// All done: let every sleeper go.
	n := wg.sleepers
	wg.sleepers = 0
	for i := uint32(0); i < n; i++ {
		runtime_Semrelease(&wg.wake, false, 0)
	}
}

// Done marks one task finished; it is Add(-1).
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait sleeps until the count of outstanding tasks is zero.
func (wg *WaitGroup) Wait() {
	if wg.pending == 0 {
		return
	}
	wg.sleepers++
	runtime_Semacquire(&wg.wake)
	// Add emptied the group to wake us. If it has tasks or sleepers
	// again already, someone started reusing it before we returned.
	if wg.pending != 0 || wg.sleepers != 0 {
		panic("sync: WaitGroup is reused before previous Wait has returned")
	}
}
