package sync

// A WaitGroup waits for a collection of goroutines to finish. The main
// goroutine calls Add to set the number of goroutines to wait for; each of
// them calls Done when finished; Wait blocks until all have.
type WaitGroup struct {
	count   int32 // Go keeps these two in one 64-bit word, updated atomically
	waiters uint32
	sema    uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the
// counter becomes zero, all goroutines blocked on Wait are released. If
// the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	wg.count += int32(delta)
	v, w := wg.count, wg.waiters
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter is 0 with waiters: release them all.
	wg.waiters = 0
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.count == 0 {
		return
	}
	wg.waiters++
	runtime_Semacquire(&wg.sema)
	if wg.count != 0 || wg.waiters != 0 {
		panic("sync: WaitGroup is reused before previous Wait has returned")
	}
}
