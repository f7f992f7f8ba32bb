package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// As in Go, it has two modes. Normally the goroutines waiting for it queue
// in FIFO order, but a woken waiter competes with the goroutines arriving
// and usually loses, since they are already running; it then waits at the
// front of the queue. A waiter that has waited more than 1 ms switches the
// mutex to starvation mode, in which Unlock hands it directly to the first
// waiter, which runs at once. The mode goes back to normal when the waiter
// that gets the mutex is the last or has waited less than 1 ms.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota // mutex is locked
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if m.state == 0 {
		m.state = mutexLocked
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	m.state = old | mutexLocked
	return true
}

func (m *Mutex) lockSlow() {
	var waitStartTime int64
	starving := false
	awoke := false
	old := m.state
	for {
		// (Go spins here first when other threads could release the
		// mutex meanwhile; with one thread none can.)
		new := old
		// Don't try to acquire a starving mutex: arriving goroutines queue.
		if old&mutexStarving == 0 {
			new |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		// The current goroutine switches the mutex to starvation mode,
		// unless it is unlocked by now.
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			// The goroutine has been woken from sleep, so the flag must
			// be reset in either case.
			if new&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		m.state = new // Go's compare-and-swap, which cannot fail here
		if old&(mutexLocked|mutexStarving) == 0 {
			break // locked the mutex
		}
		// If we were already waiting before, queue at the front.
		queueLifo := waitStartTime != 0
		if waitStartTime == 0 {
			waitStartTime = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, queueLifo, 1)
		starving = starving || runtime_nanotime()-waitStartTime > starvationThresholdNs
		old = m.state
		if old&mutexStarving != 0 {
			// The mutex was handed off to us: fix up the state (the
			// locked bit is not set, and we are still counted as a waiter).
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				// Exit starvation mode.
				delta -= mutexStarving
			}
			m.state += delta
			break
		}
		awoke = true
	}
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to
// Unlock. A locked Mutex is not associated with a particular goroutine.
func (m *Mutex) Unlock() {
	new := m.state - mutexLocked
	m.state = new
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving == 0 {
		// No waiters, or one was already woken or got the lock: nothing
		// to do. Otherwise wake one, taking it off the count.
		if new>>mutexWaiterShift == 0 || new&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		m.state = (new - 1<<mutexWaiterShift) | mutexWoken
		runtime_Semrelease(&m.sema, false, 1)
	} else {
		// Starvation mode: hand the mutex to the first waiter, which
		// runs now. mutexLocked is not set: the waiter sets it.
		runtime_Semrelease(&m.sema, true, 1)
	}
}
