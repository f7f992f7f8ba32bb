package main

// Inlining decisions and costs (gc -m=2): see tests/tools/inline_check.sh.

import "os"

var g int

//go:noinline
func marked() int { return 1 }

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func deferred() { defer func() { g++ }() }

func goes() { go func() {}() }

func recovers() { recover() }

func recoversInDefer() {
	defer func() {
		if r := recover(); r != nil {
			g = 1
		}
	}()
}

func localType() int {
	type pair struct{ a, b int }
	p := pair{1, 2}
	return p.a + p.b
}

func heavy(a []int) int {
	s := 0
	for i := range a {
		s += a[i] * a[i]
		if s > 1000 {
			s -= 1000
		}
	}
	for i := 0; i < len(a); i++ {
		s ^= a[i] << 2
	}
	if s < 0 {
		s = -s
	}
	return s + marked() + fact(3)
}

func callsInlinable() int { return add(1, 2) + add(3, 4) }

func add(a, b int) int { return a + b }

func exits(code int) {
	if code != 0 {
		os.Exit(code)
	}
}

func dead() int {
	if false {
		return marked()
	}
	const debug = false
	if debug && g > 0 {
		g = 2
	}
	if true {
		return 1
	}
	g = 3
	return 0
}

func deadSwitch() int {
	const mode = 2
	switch mode {
	case 1:
		return marked()
	case 2:
		return 2
	default:
		return 3
	}
}

func closureVar() int {
	f := func(x int) int { return x * 2 }
	return f(3)
}

func closureLit() int {
	return func() int { return g }()
}

func closureNotCalled() func() int {
	return func() int { return g + 1 }
}

func nested() func() func() int {
	return func() func() int {
		return func() int { return 7 }
	}
}

var glob = func() int { return 42 }

func main() {
	_ = fact(5)
	_ = even(4)
	deferred()
	goes()
	recovers()
	recoversInDefer()
	_ = localType()
	_ = heavy(nil)
	_ = callsInlinable()
	exits(0)
	_ = dead()
	_ = deadSwitch()
	_ = closureVar()
	_ = closureLit
	_ = closureNotCalled()
	_ = nested()
	_ = glob()
}
