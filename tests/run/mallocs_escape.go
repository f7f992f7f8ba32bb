//go:build !gosub.N

// run

// Heap allocations per call, counted with runtime.MemStats.Mallocs, for the
// allocation sites escape analysis decides about and for the conversions
// Go's compiler and runtime make without allocating. The expected output
// comes from Go 1.19 built with inlining off, "go build -gcflags=-l" (gosub
// does not inline; tests/golden.sh cannot pass the flag), so gosub must
// allocate exactly where gc does. Not run with -N (the gosub.N tag), which
// puts every allocation on the heap.

package main

import (
	"fmt"
	"runtime"
)

type point struct{ x, y int }

type wrapped struct{ p *point }

type big struct{ a [200]int }

type str1 struct{ s string }

type bool1 struct{ b bool }

var sink interface{}
var psink *point
var ssink string
var bsink []byte
var rsink []rune
var isink int

var gint = 7
var gbig = 100000
var gbyte byte = 200
var gi16 int16 = 3
var gi16big int16 = 1000
var gf64 = 0.0
var gf64b = 1.5
var gempty = ""
var gstr = "hello"
var gnil []int
var gslice = []int{1, 2}
var gmap = map[int]int{1: 2}
var gfunc = func() int { return 1 }

var short1, short2 = "hello, ", "world"
var long1, long2 = "a string of more than thirty-two ", "bytes, once concatenated"
var shortBytes = []byte("short bytes")
var longBytes = []byte("a byte slice longer than thirty-two bytes")
var oneByte = []byte("x")
var shortRunes = []rune("héllo")
var longRunes = []rune("a rune slice that holds more than thirty-two runes")
var gr rune = 'é'

// ---- before this work: the allocation sites

func newLocal() int {
	p := new(point)
	p.x = 1
	return p.x
}

func newEscapes() *point {
	return &point{1, 2}
}

func storeGlobal() {
	psink = &point{3, 4}
}

func sliceLit() int {
	s := []int{1, 2, 3, 4}
	return s[2]
}

func makeConst() int {
	s := make([]byte, 64)
	return len(s)
}

func makeVar(n int) int {
	s := make([]byte, n)
	return len(s)
}

func closureLocal() int {
	x := 1
	f := func() { x++ }
	f()
	return x
}

func closureEscapes() func() int {
	x := 1
	return func() int { x++; return x }
}

func addrLocal() int {
	v := point{1, 2}
	q := &v
	return q.y
}

func ifaceLocal(v point) int {
	var i interface{} = v
	p := i.(point)
	return p.x
}

func ifaceEscapes(v point) {
	sink = v
}

func appendLocal() int {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	return len(s)
}

func methodValue(p *point) int {
	f := p.sum
	return f()
}

func (p *point) sum() int { return p.x + p.y }

func deferLocal() (r int) {
	defer func() { r++ }()
	return 1
}

// ---- conversions to interfaces

func ptrIface(p *point)       { sink = p }
func mapIface()               { sink = gmap }
func funcIface()              { sink = gfunc }
func wrappedIface(p *point)   { sink = wrapped{p} }
func arrayPtrIface(p *point)  { sink = [1]*point{p} }
func smallInt()               { sink = gint }
func bigInt()                 { sink = gbig }
func byteIface()              { sink = gbyte }
func boolIface(b bool)        { sink = b }
func bool1Iface(b bool)       { sink = bool1{b} }
func int16Small()             { sink = gi16 }
func int16Big()               { sink = gi16big }
func floatZero()              { sink = gf64 }
func floatNonZero()           { sink = gf64b }
func constInt()               { sink = 1000 }
func constFloat()             { sink = 2.5 }
func constString()            { sink = "a constant string" }
func constStruct()            { sink = point{1, 2} }
func zeroStruct()             { sink = point{} }
func emptyStruct()            { sink = struct{}{} }
func emptyString()            { sink = gempty }
func nonEmptyString()         { sink = gstr }
func str1Empty()              { sink = str1{gempty} }
func nilSlice()               { sink = gnil }
func nonNilSlice()            { sink = gslice }
func varStruct(x, y int)      { sink = point{x, y} }
func bigLocal(v *big) int {
	var i interface{} = *v
	return i.(big).a[3]
}
func errorIface(p *point) error { return myErr{p} }

type myErr struct{ p *point }

func (e myErr) Error() string { return "err" }

// ---- strings

func concatLocal() int {
	s := short1 + short2
	return len(s)
}

func concatLocalLong() int {
	s := long1 + long2
	return len(s)
}

func concatEscapes() string {
	return short1 + short2
}

func concatOneEmpty() string {
	return short1 + gempty
}

func concatCompare() bool {
	return short1+short2 == "hello, world"
}

func bytesLocal() int {
	b := []byte(short1)
	return len(b) + cap(b)
}

func bytesLocalLong() int {
	b := []byte(long1)
	return len(b)
}

func bytesEscape() {
	bsink = []byte(short1)
}

func bytesConstLocal() int {
	b := []byte("constant")
	b[0] = 'C'
	return len(b) + cap(b)
}

func bytesConstEscape() {
	bsink = []byte("constant")
}

func stringLocal() int {
	s := string(shortBytes)
	return len(s)
}

func stringLocalLong() int {
	s := string(longBytes)
	return len(s)
}

func stringEscape() {
	ssink = string(shortBytes)
}

func stringOneByte() {
	ssink = string(oneByte)
}

func runeStringLocal() int {
	s := string(gr)
	return len(s)
}

func runeStringEscape() {
	ssink = string(gr)
}

func runesLocal() int {
	r := []rune(short1)
	return len(r) + cap(r)
}

func runesLocalLong() int {
	r := []rune(long1 + long2)
	return len(r)
}

func runesEscape() {
	rsink = []rune(short1)
}

func fromRunesLocal() int {
	s := string(shortRunes)
	return len(s)
}

func fromRunesLong() int {
	s := string(longRunes)
	return len(s)
}

func fromRunesEscape() {
	ssink = string(shortRunes)
}

func fromRunesEmpty() {
	ssink = string(rsink[:0])
}

var gm = map[string]int{"a byte slice longer than thirty-two bytes": 1}

func mapIndexBytes() int {
	return gm[string(longBytes)]
}

func mapAssignBytes() {
	gm[string(shortBytes)] = 1
}

func compareBytes() bool {
	return string(longBytes) == long1
}

func concatBytesLit() int {
	s := "<" + string(longBytes) + ">"
	return len(s)
}

func concatBytesNoLit() int {
	s := gempty + string(shortBytes)
	return len(s)
}

func bytesCap() {
	bsink = []byte(long1)
	isink = cap(bsink)
}

// ---- maps: a map that does not escape has its header in the frame, and
// its first storage while it holds at most 8 entries (Go's hmap and first
// bucket). (For a hint above 52 Go allocates an extra record; growth past 8
// entries depends on Go's buckets and overflow buckets: neither is here.)

var msink map[int]int
var gn = 4
var gmid = 20

func mapLocal() int {
	m := map[int]int{}
	for i := 0; i < 5; i++ {
		m[i] = i * i
	}
	return len(m) + m[3]
}

func mapLocal8() int {
	m := make(map[int]int, 8)
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	return len(m)
}

func mapHintVar() int {
	m := make(map[int]int, gn)
	m[1] = 2
	return len(m)
}

func mapHintMid() int {
	m := make(map[int]int, gmid)
	m[1] = 2
	return len(m)
}

func mapLit() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	return m["b"]
}

func mapRange() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	t := 0
	for k, v := range m {
		t += len(k) + v
	}
	delete(m, "a")
	return t + len(m)
}

func mapEscapes() {
	m := make(map[int]int)
	m[1] = 1
	msink = m
}

func mapEscapesEmpty() {
	msink = make(map[int]int)
}

func mapLitEscapes() {
	msink = map[int]int{1: 1, 2: 2, 3: 3}
}

func measure(name string, n int, f func()) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < n; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	fmt.Printf("%-18s %.2f allocs/call\n", name, float64(after.Mallocs-before.Mallocs)/float64(n))
}

func main() {
	const n = 1000
	p := &point{5, 6}
	measure("newLocal", n, func() { newLocal() })
	measure("newEscapes", n, func() { psink = newEscapes() })
	measure("storeGlobal", n, func() { storeGlobal() })
	measure("sliceLit", n, func() { sliceLit() })
	measure("makeConst", n, func() { makeConst() })
	measure("makeVar", n, func() { makeVar(64) })
	measure("closureLocal", n, func() { closureLocal() })
	measure("closureEscapes", n, func() { closureEscapes() })
	measure("addrLocal", n, func() { addrLocal() })
	measure("ifaceLocal", n, func() { ifaceLocal(point{1, 2}) })
	measure("ifaceEscapes", n, func() { ifaceEscapes(point{1, 2}) })
	measure("appendLocal", n, func() { appendLocal() })
	measure("methodValue", n, func() { methodValue(p) })
	measure("deferLocal", n, func() { deferLocal() })

	measure("ptrIface", n, func() { ptrIface(p) })
	measure("mapIface", n, func() { mapIface() })
	measure("funcIface", n, func() { funcIface() })
	measure("wrappedIface", n, func() { wrappedIface(p) })
	measure("arrayPtrIface", n, func() { arrayPtrIface(p) })
	measure("smallInt", n, func() { smallInt() })
	measure("bigInt", n, func() { bigInt() })
	measure("byteIface", n, func() { byteIface() })
	measure("boolIface", n, func() { boolIface(true) })
	measure("bool1Iface", n, func() { bool1Iface(true) })
	measure("int16Small", n, func() { int16Small() })
	measure("int16Big", n, func() { int16Big() })
	measure("floatZero", n, func() { floatZero() })
	measure("floatNonZero", n, func() { floatNonZero() })
	measure("constInt", n, func() { constInt() })
	measure("constFloat", n, func() { constFloat() })
	measure("constString", n, func() { constString() })
	measure("constStruct", n, func() { constStruct() })
	measure("zeroStruct", n, func() { zeroStruct() })
	measure("emptyStruct", n, func() { emptyStruct() })
	measure("emptyString", n, func() { emptyString() })
	measure("nonEmptyString", n, func() { nonEmptyString() })
	measure("str1Empty", n, func() { str1Empty() })
	measure("nilSlice", n, func() { nilSlice() })
	measure("nonNilSlice", n, func() { nonNilSlice() })
	measure("varStruct", n, func() { varStruct(1, 2) })
	b := &big{}
	measure("bigLocal", n, func() { bigLocal(b) })
	measure("errorIface", n, func() { _ = errorIface(p) })

	measure("concatLocal", n, func() { concatLocal() })
	measure("concatLocalLong", n, func() { concatLocalLong() })
	measure("concatEscapes", n, func() { ssink = concatEscapes() })
	measure("concatOneEmpty", n, func() { ssink = concatOneEmpty() })
	measure("concatCompare", n, func() { concatCompare() })
	measure("bytesLocal", n, func() { bytesLocal() })
	measure("bytesLocalLong", n, func() { bytesLocalLong() })
	measure("bytesEscape", n, func() { bytesEscape() })
	measure("bytesConstLocal", n, func() { bytesConstLocal() })
	measure("bytesConstEscape", n, func() { bytesConstEscape() })
	measure("stringLocal", n, func() { stringLocal() })
	measure("stringLocalLong", n, func() { stringLocalLong() })
	measure("stringEscape", n, func() { stringEscape() })
	measure("stringOneByte", n, func() { stringOneByte() })
	measure("runeStringLocal", n, func() { runeStringLocal() })
	measure("runeStringEscape", n, func() { runeStringEscape() })
	measure("runesLocal", n, func() { runesLocal() })
	measure("runesLocalLong", n, func() { runesLocalLong() })
	measure("runesEscape", n, func() { runesEscape() })
	measure("fromRunesLocal", n, func() { fromRunesLocal() })
	measure("fromRunesLong", n, func() { fromRunesLong() })
	measure("fromRunesEscape", n, func() { fromRunesEscape() })
	measure("fromRunesEmpty", n, func() { fromRunesEmpty() })
	measure("bytesCap", n, func() { bytesCap() })
	measure("mapIndexBytes", n, func() { mapIndexBytes() })
	measure("mapAssignBytes", n, func() { mapAssignBytes() })
	measure("compareBytes", n, func() { compareBytes() })
	measure("concatBytesLit", n, func() { concatBytesLit() })
	measure("concatBytesNoLit", n, func() { concatBytesNoLit() })

	measure("mapLocal", n, func() { mapLocal() })
	measure("mapLocal8", n, func() { mapLocal8() })
	measure("mapHintVar", n, func() { mapHintVar() })
	measure("mapHintMid", n, func() { mapHintMid() })
	measure("mapLit", n, func() { mapLit() })
	measure("mapRange", n, func() { mapRange() })
	measure("mapEscapes", n, func() { mapEscapes() })
	measure("mapEscapesEmpty", n, func() { mapEscapesEmpty() })
	measure("mapLitEscapes", n, func() { mapLitEscapes() })

	fmt.Println(concatLocal(), concatLocalLong(), concatEscapes(), concatOneEmpty(), concatCompare())
	fmt.Println(bytesLocal(), bytesLocalLong(), bytesConstLocal(), stringLocal(), stringLocalLong())
	fmt.Println(runeStringLocal(), runesLocal(), runesLocalLong(), fromRunesLocal(), fromRunesLong(), isink)
	fmt.Println(bigLocal(b), ssink == "", len(bsink), len(rsink))
	fmt.Println(mapIndexBytes(), compareBytes(), concatBytesLit(), concatBytesNoLit())
	fmt.Println(mapLocal(), mapLocal8(), mapHintVar(), mapHintMid(), mapLit(), mapRange(), len(msink))
}
