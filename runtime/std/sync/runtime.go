// Package sync is Go's sync: Mutex, RWMutex, WaitGroup, Once, Cond, Map and
// Pool. The locks are Go 1.19's algorithms, simplified for goroutines that
// share one thread and switch only where they block: no spinning, and no
// atomic instructions (nothing can run between a load and a store here).
// A goroutine that must wait sleeps on a runtime semaphore (runtime/sema.c),
// as in Go; one that can never wake is Go's deadlock error.
package sync

import "unsafe"

// The runtime's semaphores (runtime/sema.c): Semacquire waits until *s > 0
// and decrements it; Semrelease increments it and wakes the first waiter.
// SemacquireMutex's lifo queues the caller first (a waiter that has waited
// before); Semrelease's handoff gives the count to the waiter and runs it
// at once (a starving Mutex). skipframes is Go's, for its profiler.
func runtime_Semacquire(s *uint32)
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// The runtime's notification lists, on which a Cond's waiters sleep with a
// ticket each, woken in ticket order.
func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)

// runtime_notifyListCheck checks that the runtime's notifyList has this
// package's size.
func runtime_notifyListCheck(size uintptr)

func init() {
	var n notifyList
	runtime_notifyListCheck(unsafe.Sizeof(n))
}

// runtime_nanotime is the runtime's monotonic clock, in nanoseconds.
func runtime_nanotime() int64

// throw and fatal end the program with "fatal error: " and the message;
// throw is for the runtime's own inconsistencies, fatal for misuse.
//
//go:noescape
func throw(s string)

//go:noescape
func fatal(s string)
