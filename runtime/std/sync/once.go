// Once: run a function a single time, however many goroutines ask.

package sync

// Once runs one action exactly once. Its zero value has not run it; it
// must not be copied once used.
type Once struct {
	finished bool
	running  Mutex // held while the action runs, so later callers wait
}

// Do calls f unless some call of Do on o has already done so. Every Do
// returns only after that one call of f has returned, so callers arriving
// while it runs sleep until it is over. A panic in f counts as finishing:
// f will not be called again. Calling o.Do from inside f deadlocks.
func (o *Once) Do(f func()) {
	if o.finished {
		return
	}
	o.running.Lock()
	defer o.running.Unlock()
	if o.finished {
		return // another goroutine ran it while we waited
	}
	defer o.markFinished() // runs before the Unlock, even on a panic
	f()
}

func (o *Once) markFinished() {
	o.finished = true
}
