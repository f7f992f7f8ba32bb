// Package debug is Go's runtime/debug: the collector's knobs. The
// collector is the C runtime's (runtime/gc.c); these reach it.
package debug

// SetGCPercent sets the garbage collection target percentage: a collection
// is triggered when the ratio of freshly allocated data to live data
// remaining after the previous collection reaches this percentage. It
// returns the previous setting. A negative percentage turns the collector
// off (a memory limit may still make it run).
func SetGCPercent(percent int) int

// SetMemoryLimit sets a soft memory limit for the runtime, in bytes, and
// returns the previous limit. A negative limit changes nothing: it only
// asks for the current one. math.MaxInt64 means no limit.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection followed by an attempt to
// return as much memory to the operating system as possible.
func FreeOSMemory()
