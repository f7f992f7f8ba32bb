// RWMutex: shared readers or one exclusive writer. Writers queue on an
// ordinary Mutex; while one of them holds or is waiting for the lock, new
// readers are turned away so that a writer is never starved by a steady
// stream of readers.

package sync

// RWMutex is a reader/writer lock: many goroutines may hold it for reading
// at once, or a single goroutine for writing. Its zero value is unlocked,
// and it must not be copied once used.
//
// As soon as a writer is waiting in Lock, RLock blocks until that writer
// has been and gone, even while other readers still hold the lock; hence a
// goroutine must not take a read lock recursively.
type RWMutex struct {
	writers Mutex // taken by a writer for the whole of its turn

	active  int32 // readers currently holding the lock
	parked  int32 // readers asleep until the writer's turn is over
	writing bool  // a writer owns the lock or waits for readers to leave
	draining bool // that writer is asleep until active drops to zero

	readerSleep uint32 // semaphore for parked readers
	writerSleep uint32 // semaphore for the draining writer
}

// RLock acquires rw for reading.
func (rw *RWMutex) RLock() {
	if !rw.writing {
		rw.active++
		return
	}
	// A writer goes first. Its Unlock counts us as active before waking
	// us, so there is nothing to do after the wake-up.
	rw.parked++
	runtime_SemacquireMutex(&rw.readerSleep, false, 0)
}

// TryRLock acquires rw for reading if no writer holds or awaits it, and
// reports whether it did.
func (rw *RWMutex) TryRLock() bool {
	if rw.writing {
		return false
	}
	rw.active++
	return true
}

// RUnlock releases one read lock. Releasing a read lock that nobody holds
// is a fatal error.
func (rw *RWMutex) RUnlock() {
	if rw.active <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.active--
	if rw.active == 0 && rw.draining {
		// The last reader out lets the waiting writer in.
		rw.draining = false
		runtime_Semrelease(&rw.writerSleep, false, 1)
	}
}

// Lock acquires rw for writing, waiting for other writers first and then
// for the readers that already hold it.
func (rw *RWMutex) Lock() {
	rw.writers.Lock()
	rw.writing = true // from here on, arriving readers park
	if rw.active > 0 {
		rw.draining = true
		runtime_SemacquireMutex(&rw.writerSleep, false, 0)
	}
}

// TryLock acquires rw for writing if nobody holds it in any mode, and
// reports whether it did.
func (rw *RWMutex) TryLock() bool {
	if rw.active > 0 || !rw.writers.TryLock() {
		return false
	}
	rw.writing = true
	return true
}

// Unlock releases the write lock. Releasing it when it is not held is a
// fatal error. Readers that arrived during the write get the lock before
// the next writer does.
func (rw *RWMutex) Unlock() {
	if !rw.writing {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writing = false
	waking := rw.parked
	rw.parked = 0
	rw.active += waking
	for ; waking > 0; waking-- {
		runtime_Semrelease(&rw.readerSleep, false, 0)
	}
	rw.writers.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and
// RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*readLocker)(rw)
}

type readLocker RWMutex

func (r *readLocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *readLocker) Unlock() { (*RWMutex)(r).RUnlock() }
