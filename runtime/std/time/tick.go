package time

import "errors"

// A Ticker sends the time on C every period. C holds one tick: a slow
// receiver misses ticks rather than receiving them late in a burst.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker makes a Ticker of period every, which must be positive (it
// panics otherwise). Stop it when done, to release it.
func NewTicker(every Duration) *Ticker {
	if every <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	ch := make(chan Time, 1)
	tk := &Ticker{C: ch}
	tk.r.when = deadline(every)
	tk.r.period = int64(every)
	tk.r.f = sendNow
	tk.r.arg = ch
	startTimer(&tk.r)
	return tk
}

// Stop ends the ticks; C is left open.
func (tk *Ticker) Stop() {
	stopTimer(&tk.r)
}

// Reset restarts the ticker with period every, the next tick coming every
// from now; every must be positive.
func (tk *Ticker) Reset(every Duration) {
	if every <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if tk.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	modTimer(&tk.r, deadline(every), int64(every), tk.r.f, tk.r.arg, tk.r.seq)
}

// Tick gives a new Ticker's channel, or nil for every <= 0. The ticker can
// never be stopped.
func Tick(every Duration) <-chan Time {
	if every <= 0 {
		return nil
	}
	return NewTicker(every).C
}
