package time

// Sleep blocks the calling goroutine for d or longer. For d <= 0 it
// returns at once, though only after the other runnable goroutines have had
// a turn (gosub does not preempt, so a loop calling Sleep(0) must yield).
func Sleep(d Duration)

// runtimeTimer is the runtime's RtTimer (runtime/internal.h), field for
// field. The scheduler calls f(arg, seq) between goroutines once
// runtimeNano reaches when, and again each period ns if period > 0; f must
// therefore never block.
type runtimeTimer struct {
	idx    int // owned by the runtime: heap position + 1, 0 when idle
	when   int64
	period int64
	f      func(any, uintptr) // a top-level function, not a closure
	arg    any
	seq    uintptr
}

// deadline gives the runtimeNano instant d from now; a negative d counts
// as 0, and a sum past the clock's range saturates.
func deadline(d Duration) int64 {
	now := runtimeNano()
	if d <= 0 {
		return now
	}
	at := now + int64(d)
	if at < now {
		return 1<<63 - 1
	}
	return at
}

// The runtime's timer operations (stdlink.c).
func startTimer(rt *runtimeTimer)
func stopTimer(rt *runtimeTimer) bool
func resetTimer(rt *runtimeTimer, at int64) bool
func modTimer(rt *runtimeTimer, at, every int64, fn func(any, uintptr), arg any, seq uintptr)

// A Timer fires once: it then sends the time on C, or, when made by
// AfterFunc, runs its function. Make one with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// Stop cancels the timer, telling whether it was still to fire. C is not
// closed; to be sure C holds nothing stale, drain it when Stop says false
// and nothing has been received. For an AfterFunc timer, false means its
// function has already been started in a goroutine.
func (tm *Timer) Stop() bool {
	if tm.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&tm.r)
}

// NewTimer makes a Timer that sends the current time on its channel once
// wait has passed.
func NewTimer(wait Duration) *Timer {
	ch := make(chan Time, 1)
	tm := &Timer{C: ch}
	tm.r.when = deadline(wait)
	tm.r.f = sendNow
	tm.r.arg = ch
	startTimer(&tm.r)
	return tm
}

// Reset makes the timer fire after wait from now, telling whether it was
// still pending. Use it on a timer that is stopped or has fired, with its
// channel drained; for an AfterFunc timer, false means the function will
// run once more.
func (tm *Timer) Reset(wait Duration) bool {
	if tm.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&tm.r, deadline(wait))
}

// sendNow is the timers' f for a channel: it puts the time on it unless
// the one slot is already full.
func sendNow(ch any, _ uintptr) {
	select {
	case ch.(chan Time) <- Now():
	default:
	}
}

// After gives the channel of a new Timer for wait: NewTimer(wait).C. The
// timer cannot be stopped, and lives until it fires.
func After(wait Duration) <-chan Time {
	return NewTimer(wait).C
}

// AfterFunc runs fn in a goroutine of its own once wait has passed; the
// Timer returned can cancel that with Stop.
func AfterFunc(wait Duration, fn func()) *Timer {
	tm := &Timer{}
	tm.r.when = deadline(wait)
	tm.r.f = startFunc
	tm.r.arg = fn
	startTimer(&tm.r)
	return tm
}

// startFunc is AfterFunc's timers' f.
func startFunc(fn any, _ uintptr) {
	go fn.(func())()
}
