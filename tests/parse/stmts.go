// parse

// Every statement: simple statements (expression, send, inc/dec, every
// assignment operator, short variable declarations), declarations in
// functions, blocks, if/else chains, every form of for and range, switch
// (with and without tag, with init, type switches with and without a bound
// name, fallthrough), select with every kind of communication, labels with
// break, continue and goto, go, defer and return.
package stmts

import "fmt"

type T struct{ a, b int }

func f(int) int { return 0 }

func simple(ch chan int, m map[string]int, p *T) {
	f(1)
	ch <- 1
	<-ch
	p.a++
	m["k"]--
	x := 1
	x = 2
	x += 1
	x -= 1
	x *= 2
	x /= 2
	x %= 3
	x &= 7
	x |= 8
	x ^= 1
	x <<= 2
	x >>= 1
	x &^= 4
	a, b := 1, 2
	a, b = b, a
	v, ok := m["k"]
	v, ok = <-ch
	_, _ = v, ok
	*p = T{}
	p.a, p.b = p.b, p.a
	;
	{
		x := x
		_ = x
	}
	var y int
	const c = 3
	type local struct{ n int }
	var (
		u = local{c}
		w int
	)
	_, _, _ = y, u, w
}

func ifs(x int) int {
	if x > 0 {
		return 1
	}
	if y := x * 2; y > 10 {
		return y
	} else if z := y + 1; z < 0 {
		return z
	} else {
		x++
	}
	if f(x) == 0 && x != 1 || !(x < 2) {
	}
	return 0
}

func loops(s []int, m map[string]int, str string, ch chan int) {
	for {
		break
	}
	for len(s) > 0 {
		s = s[1:]
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for i := 0; i < 10; {
		i++
	}
	for ; ; i() {
		break
	}
	for range s {
	}
	for i := range s {
		_ = i
	}
	for k, v := range m {
		_, _ = k, v
	}
	for _, r := range str {
		_ = r
	}
	for x := range ch {
		_ = x
	}
	var k string
	var v int
	for k, v = range m {
	}
	for k = range m {
	}
	_, _ = k, v
}

func i() {}

func switches(x interface{}, n int) {
	switch {
	case n > 0:
		fallthrough
	case n < 0:
	default:
	}
	switch n {
	case 1, 2, 3:
	case f(n):
		break
	}
	switch y := n * 2; y {
	default:
		_ = y
	}
	switch n := n; {
	case n > 1:
	}
	switch x.(type) {
	case int, string:
	case nil:
	case fmt.Stringer, error:
	}
	switch v := x.(type) {
	case *int, []byte, map[string]int, func() error, chan<- int:
		_ = v
	default:
		_ = v
	}
	switch t := x; u := t.(type) {
	case struct{}:
		_ = u
	}
}

func selects(c1, c2 chan int, c3 chan<- int) {
	var x int
	var ok bool
	select {
	case c3 <- 1:
	case <-c1:
	case x = <-c2:
	case x, ok = <-c1:
	case y := <-c2:
		_ = y
	case y, ok := <-c1:
		_, _ = y, ok
	default:
	}
	select {}
	_, _ = x, ok
}

func labels(s [][]int) {
outer:
	for _, row := range s {
		for _, v := range row {
			if v < 0 {
				continue outer
			}
			if v > 100 {
				break outer
			}
		}
	}
	goto done
done:
	for {
		switch {
		case true:
			break done
		}
	}
	goto empty
empty:
}

func calls() (n int, err error) {
	go f(1)
	go func() {}()
	defer f(2)
	defer func(x int) { n = x }(3)
	return
}

func results() (int, string) {
	return f(1), fmt.Sprint(2)
}
