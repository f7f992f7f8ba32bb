// errorcheck

// gosub's own check, which gc cannot make: these names are Go 1.19's (gc
// compiles this file), but gosub's versions of the packages lack them, so
// each is "not supported by gosub" rather than gc's "undefined", which
// would call the program wrong. runtime/std/api.txt lists the names of
// Go 1.19's packages (tests/tools/genstdapi.sh); std_undefined.go has the
// names Go does not have either. When gosub gains one of these names, pick
// another that it lacks.

package main

import (
	"os"
	r "runtime"
	"sort"
)

func main() {
	var rec r.MemProfileRecord             // ERROR "runtime.MemProfileRecord not supported by gosub"
	n, ok := r.MemProfile(nil, true)       // ERROR "runtime.MemProfile not supported by gosub"
	frames := r.CallersFrames(nil)         // ERROR "runtime.CallersFrames not supported by gosub"
	var f *os.File
	f.SyscallConn()                        // ERROR "os.File.SyscallConn not supported by gosub"
	_ = (*os.File).Chown                   // ERROR "os.File.Chown not supported by gosub"
	_ = rec.Stack0                         // no error: rec's type is invalid
	_, _, _ = n, ok, frames
	var s sort.IntSlice
	s.Sort()
	s.Foo() // ERROR "s.Foo undefined \(type sort.IntSlice has no field or method Foo\)"
}
