package main

// Inlining decisions and costs (gc -m=2): see tests/tools/inline_check.sh.

type U struct{ s *string }

func (u *U) SP() *string { return u.s }

type V struct{ u *U }

func (v *V) UP() *U         { return v.u }
func (v *V) UPiSPd() *string { return v.UP().SP() }
func two() (*int, *int)      { return nil, nil }
func r2() (*int, *int)       { return two() }
func take(a, b *int)         {}
func c2()                    { take(two()) }
func takei(a, b any)         {}
func c3()                    { takei(two()) }

var sink any

func c4() { sink, _ = two() }
func c5() { var a, b = two(); _, _ = a, b }
func c6() { var a, b any = two(); _, _ = a, b }
func fs() []func() int { return nil }
func c7() int { return fs()[0]() }
func main() {}
