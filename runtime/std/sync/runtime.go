// Package sync provides Go's basic synchronisation types: Mutex, RWMutex,
// WaitGroup, Once, Cond, Map and Pool.
//
// gosub runs every goroutine on a single thread and switches between them
// only when one blocks, so these types are written as plain state machines:
// no atomic operations, no spinning, nothing can interleave inside a method
// unless it sleeps. A goroutine that has to wait sleeps on one of the
// runtime's semaphores (runtime/sema.c); if nothing can ever wake it, the
// scheduler reports Go's deadlock error.
package sync

import "unsafe"

// Semaphores kept by the runtime, keyed by the address of a counter.
// Acquiring sleeps until the counter is positive, then takes one from it;
// releasing adds one and readies the oldest sleeper. The Mutex variant can
// queue the caller at the head instead (lifo), and a release with handoff
// passes the count straight to that sleeper and switches to it. The
// skipframes argument exists only for Go's profiler and is ignored.
func runtime_Semacquire(addr *uint32)
func runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int)
func runtime_Semrelease(addr *uint32, handoff bool, skipframes int)

// Notification lists, which Cond sleeps on: a waiter draws a numbered
// ticket before it lets go of the lock, then sleeps on that ticket;
// notifications are delivered in ticket order.
func runtime_notifyListAdd(list *notifyList) uint32
func runtime_notifyListWait(list *notifyList, ticket uint32)
func runtime_notifyListNotifyAll(list *notifyList)
func runtime_notifyListNotifyOne(list *notifyList)

// runtime_notifyListCheck aborts unless the runtime's notification list has
// the size given, so a mismatch between this file and the C side shows up
// at start-up rather than as memory corruption.
func runtime_notifyListCheck(bytes uintptr)

func init() {
	runtime_notifyListCheck(unsafe.Sizeof(notifyList{}))
}

// runtime_nanotime reads the runtime's monotonic clock (nanoseconds).
func runtime_nanotime() int64

// Both end the program with "fatal error: " followed by the message: throw
// when this package finds its own state broken, fatal when the caller has
// misused a lock (for instance unlocking one that is not held).
//
//go:noescape
func throw(s string)

//go:noescape
func fatal(s string)
