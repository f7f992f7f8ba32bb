// errorcheck -0 -m -l

// Loop depth: an address stored in a variable declared outside the loop
// outlives the iteration, so the variable moves to the heap; inside the
// loop it does not. A label that a later goto jumps back to starts a loop.
// The annotations are Go 1.19's (tests/tools/annotate.sh).

package escape

func outside() *int {
	var keep *int
	for i := 0; i < 3; i++ {
		v := i // ERROR  "moved to heap: v"
		keep = &v
	}
	return keep
}

func inside() {
	for i := 0; i < 3; i++ {
		v := i
		p := &v
		_ = p
	}
}

func newInLoop() {
	var keep *int
	for i := 0; i < 3; i++ {
		keep = new(int) // ERROR  "new\(int\) escapes to heap"
	}
	_ = keep
}

func newInLoopLocal() {
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR  "new\(int\) does not escape"
		*p = i
	}
}

func rangeVar(xs []int) int { // ERROR  "xs does not escape"
	var keep *int
	for _, x := range xs {
		keep = &x
	}
	return *keep
}

func rangeNested(xs []int) { // ERROR  "leaking param content: xs"
	var keep *int
	for i := 0; i < 2; i++ {
		for _, x := range xs { // ERROR  "moved to heap: x"
			keep = &x
		}
	}
	_ = keep
}

func gotoLoop() {
	var keep *int
	i := 0
again:
	v := i // ERROR  "moved to heap: v"
	keep = &v
	i++
	if i < 3 {
		goto again
	}
	_ = keep
}

func gotoForward() {
	var keep *int
	i := 0
	goto skip
skip:
	v := i
	keep = &v
	_ = keep
}

func rangeSlice(xs []*int) *int { // ERROR  "leaking param: xs to result ~r0 level=1"
	for _, x := range xs {
		return x
	}
	return nil
}

func rangeArray(xs [3]*int) *int { // ERROR  "leaking param: xs to result ~r0 level=0"
	for _, x := range xs {
		return x
	}
	return nil
}

func rangeMap(m map[string]*int) *int { // ERROR  "leaking param: m to result ~r0 level=1"
	for _, v := range m {
		return v
	}
	return nil
}
