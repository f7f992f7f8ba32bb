// errorcheck

// Names that Go 1.19's standard packages do not have either are undefined,
// in gc's words (which name the package, not the import: o.Foo is os.Foo),
// whether or not gosub provides the package; a value with an error says
// nothing more about the variables it was meant for.

package main

import (
	"fmt"
	o "os"
	"runtime"
)

func main() {
	fmt.Foo()               // ERROR "undefined: fmt.Foo"
	_ = runtime.MemProfiles // ERROR "undefined: runtime.MemProfiles"
	_ = o.Foo               // ERROR "undefined: os.Foo"
	var f *o.File
	f.Foo() // ERROR "f.Foo undefined \(type \*os.File has no field or method Foo\)"
	a, b := fmt.Bar()       // ERROR "undefined: fmt.Bar"
	var c, d = fmt.Baz()    // ERROR "undefined: fmt.Baz"
	_, _, _, _ = a, b, c, d
}
