// Cond: goroutines sleep on the runtime's notification list until another
// goroutine announces, with Signal or Broadcast, that something changed.

package sync

import "unsafe"

// Cond is a condition variable: goroutines waiting for some condition to
// become true sleep in Wait until woken by Signal or Broadcast. Each Cond
// comes with a Locker, L, that guards the condition; it must be held to
// change the condition and to call Wait. A Cond must not be copied once
// used.
type Cond struct {
	noCopy noCopy

	// L guards the condition; Wait releases it while asleep.
	L Locker

	sleepers notifyList
	home     uintptr // address of the Cond when first used
}

// NewCond returns a Cond using l as its Locker.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait releases c.L, sleeps until Signal or Broadcast wakes it, and takes
// c.L again before returning. Since the condition may have changed again
// by then, callers test it in a loop:
//
//	c.L.Lock()
//	for !ready() {
//		c.Wait()
//	}
//	... use the condition ...
//	c.L.Unlock()
func (c *Cond) Wait() {
	c.mustNotBeCopied()
	// Draw the ticket while still holding L, so that a Signal issued
	// right after the Unlock below cannot be missed.
	ticket := runtime_notifyListAdd(&c.sleepers)
	c.L.Unlock()
	runtime_notifyListWait(&c.sleepers, ticket)
	c.L.Lock()
}

// Signal wakes the goroutine that has waited longest on c, if any. Holding
// c.L is allowed but not required.
func (c *Cond) Signal() {
	c.mustNotBeCopied()
	runtime_notifyListNotifyOne(&c.sleepers)
}

// Broadcast wakes every goroutine waiting on c. Holding c.L is allowed but
// not required.
func (c *Cond) Broadcast() {
	c.mustNotBeCopied()
	runtime_notifyListNotifyAll(&c.sleepers)
}

// mustNotBeCopied remembers where c lived when first used and panics if it
// is later used from anywhere else.
func (c *Cond) mustNotBeCopied() {
	here := uintptr(unsafe.Pointer(c))
	if c.home == 0 {
		c.home = here
	} else if c.home != here {
		panic("sync.Cond is copied")
	}
}

// notifyList mirrors the runtime's record of a Cond's sleepers (RtNotifyList
// in runtime/internal.h, checked at start-up): the next ticket to hand out,
// the next to wake, a lock word the runtime does not use, and the queue.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

// noCopy marks a struct that must not be copied after first use: go vet's
// copylocks check treats anything with Lock and Unlock methods as a lock.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
