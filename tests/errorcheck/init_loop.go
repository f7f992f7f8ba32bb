// errorcheck

// A variable that depends on itself, directly or through functions and
// methods, is an initialization loop (gc's words, with the path).

package p

var a int = b // ERROR "initialization loop for a\n.*a refers to\n.*b refers to\n.*c refers to\n.*a"
var b int = c
var c int = a

var x = f() // ERROR "initialization loop for x\n.*x refers to\n.*f refers to\n.*g refers to\n.*x"

func f() int { return g() }

func g() int { return x }

type T struct{}

func (T) M() int { return y }

var y = T{}.M() // ERROR "initialization loop for y\n.*y refers to\n.*M refers to\n.*y"

var ok = f2()

func f2() int { return later }

var later = 3
