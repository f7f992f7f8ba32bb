// Package runtime is the part of Go's runtime package programs call: the
// collector's entry points and statistics, the scheduler's, and the
// constants describing the platform. GC and MemStats are the collector's
// (runtime/gc.c), Gosched and NumGoroutine the scheduler's (runtime/sched.c).
// Finalizers run synchronously, at the end of GC and in Gosched, where Go's
// finalizer goroutine would get its turn.
package runtime

const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that
	// are run time errors from ordinary errors.
	RuntimeError()
}

// GC runs a garbage collection.
func GC()

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting; gosub runs goroutines
// on one thread, so it is always 1.
func GOMAXPROCS(n int) int { return 1 }

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int { return 1 }

// Goexit terminates the goroutine that calls it, after running all its
// deferred calls (recover returns nil in them). Calling Goexit from the
// main goroutine terminates that goroutine without func main returning:
// the program continues with the other goroutines, and crashes when they
// have all ended.
func Goexit()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// KeepAlive marks its argument as currently reachable: an opaque call
// (stdlink.c), so that x is kept up to it. It keeps nothing after it returns.
//
//go:noescape
func KeepAlive(x any)

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function, or clears it when finalizer is nil (stdlink.c and
// the collector, gc.c). Queued finalizers run at the end of GC and in
// Gosched rather than on a goroutine of their own.
func SetFinalizer(obj any, finalizer any)

// GOROOT returns the root of the Go tree gosub stands in for.
func GOROOT() string { return "/usr/lib/go-1.19" }

// Version returns the Go version gosub follows.
func Version() string { return "go1.19" }

// A MemStats records statistics about the memory allocator, with Go's
// field names and meanings.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

// readMemStats fills in every field from the collector (gc.c; the C side
// has the same layout as MemStats, RtMemStats in internal.h).
//
//go:noescape
func readMemStats(m *MemStats)

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	readMemStats(m)
}

// MemProfileRate is the sampling rate of Go's memory profiler. gosub has no
// profiler (runtime/pprof is not provided): the variable exists so that
// programs that set it, usually to 0 to switch sampling off, compile; its
// value changes nothing.
var MemProfileRate int = 512 * 1024
