package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	locked bool
}

// Lock locks m. With one goroutine, a locked m stays locked forever.
func (m *Mutex) Lock() {
	if m.locked {
		runtime_deadlock()
	}
	m.locked = true
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m. It is a run-time error if m is not locked.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	m.locked = false
}

// An RWMutex is a reader/writer mutual exclusion lock: any number of
// readers or a single writer.
type RWMutex struct {
	writer  bool
	readers int
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if rw.writer {
		runtime_deadlock()
	}
	rw.readers++
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.writer {
		return false
	}
	rw.readers++
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	if rw.writer || rw.readers > 0 {
		runtime_deadlock()
	}
	rw.writer = true
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
}

// RLocker returns a Locker that locks and unlocks rw for reading.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// Once is an object that will perform exactly one action.
type Once struct {
	done bool
}

// Do calls f if and only if Do is being called for the first time for this
// instance of Once. If f panics, Do considers it to have returned.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	defer o.markDone()
	f()
}

func (o *Once) markDone() { o.done = true }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	count int64
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) {
	wg.count += int64(delta)
	if wg.count < 0 {
		panic("sync: negative WaitGroup counter")
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.count > 0 {
		runtime_deadlock()
	}
}

// runtime_deadlock reports what blocking forever means with one goroutine:
// "fatal error: all goroutines are asleep - deadlock!" (stdlink.c).
func runtime_deadlock()

// fatal is Go's sync.fatal: a fatal error, not a panic (stdlink.c).
//
//go:noescape
func fatal(msg string)
