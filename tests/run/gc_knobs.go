// run

// runtime/debug's knobs: SetGCPercent and SetMemoryLimit return the old
// settings; a memory limit makes the collector run even with GOGC off and
// keeps the heap near the limit; FreeOSMemory collects and gives the free
// pages back (HeapReleased). The expected output is Go 1.19's.

package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(debug.SetGCPercent(100))
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(48<<20) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(-1))

	// GOGC off, 48 MiB limit: 400 MiB of garbage must be collected.
	old := debug.SetGCPercent(-1)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 400; i++ {
		sink = make([]byte, 1<<20)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("collected under the limit:", after.NumGC > before.NumGC)
	fmt.Println("heap near the limit:", after.HeapSys-after.HeapReleased < 96<<20)
	debug.SetGCPercent(old)
	debug.SetMemoryLimit(math.MaxInt64)

	sink = nil
	forced := after.NumForcedGC
	debug.FreeOSMemory()
	runtime.ReadMemStats(&after)
	fmt.Println("FreeOSMemory collected:", after.NumForcedGC == forced+1)
	fmt.Println("pages released:", after.HeapReleased > 0, after.HeapReleased <= after.HeapSys)
	fmt.Println("invariants:", after.HeapAlloc <= after.HeapInuse, after.HeapInuse <= after.HeapSys,
		after.Mallocs-after.Frees == after.HeapObjects)
}
