// Mutex and Locker. With one thread and no preemption a mutex is just a
// flag plus a queue of sleepers; ownership passes directly from the
// unlocking goroutine to the sleeper that has waited longest.

package sync

// Locker is anything that can be locked and unlocked, such as *Mutex or
// the read side of an RWMutex (see RWMutex.RLocker).
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual-exclusion lock; its zero value is unlocked. It must not
// be copied once used. Any goroutine may unlock it, not only the one that
// locked it.
//
// Blocked callers are served first come, first served: Unlock does not
// clear the flag when someone is queued, it keeps the mutex held and wakes
// the oldest sleeper, which returns from Lock already owning it. Nobody
// arriving later can slip in ahead, so no waiter starves.
type Mutex struct {
	held    bool   // somebody owns the mutex
	queued  int32  // goroutines asleep in Lock
	wakeups uint32 // semaphore the queued goroutines sleep on
}

// Lock acquires m, sleeping until it is free if necessary.
func (m *Mutex) Lock() {
	if !m.held {
		m.held = true
		return
	}
	m.queued++
	// When this returns, Unlock has passed ownership to us: held is
	// still true and we have been taken off the queue count.
	runtime_SemacquireMutex(&m.wakeups, false, 1)
}

// TryLock acquires m if it is free and reports whether it did. It never
// sleeps.
func (m *Mutex) TryLock() bool {
	if m.held {
		return false
	}
	m.held = true
	return true
}

// Unlock releases m. Unlocking a mutex that is not held is a fatal error.
func (m *Mutex) Unlock() {
	if !m.held {
		fatal("sync: unlock of unlocked mutex")
	}
	if m.queued == 0 {
		m.held = false
		return
	}
	// Keep m held and give it to the oldest sleeper.
	m.queued--
	runtime_Semrelease(&m.wakeups, false, 1)
}
