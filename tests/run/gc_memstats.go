// The collector through package runtime: a tree kept in a global survives
// runtime.GC while garbage trees are freed, and MemStats keeps Go's
// invariants.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	l, r *node
	v    int
}

var keep *node // reachable only from this global

func tree(d int) *node {
	if d == 0 {
		return &node{v: 1}
	}
	return &node{tree(d - 1), tree(d - 1), d}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.v + n.l.sum() + n.r.sum()
}

func main() {
	keep = tree(8)
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for i := 0; i < 20; i++ {
		_ = tree(10)
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	fmt.Println("sum", keep.sum())
	fmt.Println("collected", m1.NumGC > m0.NumGC, "forced", m1.NumForcedGC-m0.NumForcedGC)
	fmt.Println("invariants", m1.HeapAlloc <= m1.HeapInuse, m1.HeapInuse <= m1.HeapSys,
		m1.Mallocs-m1.Frees == m1.HeapObjects, m1.Sys >= m1.HeapSys, m1.Alloc == m1.HeapAlloc)
	// (Conservative stack scanning may keep one tree: a stale register.)
	fmt.Println("freed", m1.Frees-m0.Frees >= 19*2047, "live small", m1.HeapAlloc < 4<<20,
		"goal", m1.NextGC >= 4<<20, "paused", m1.PauseTotalNs > 0, m1.LastGC > 0)
	fmt.Println("total", m1.TotalAlloc-m0.TotalAlloc >= 20*2047*24, m1.Mallocs-m0.Mallocs >= 20*2047)
	keep = nil
	runtime.GC()
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	fmt.Println("dropped", m2.HeapObjects < m1.HeapObjects-500, m2.NumForcedGC-m0.NumForcedGC)
}
