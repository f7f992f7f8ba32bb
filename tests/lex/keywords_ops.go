// tokens

// Every keyword, operator and delimiter of the Go 1.19 spec.
package p

import "fmt"

type T struct{ a, b int }

type I interface {
	M(...int) (int, error)
}

type C interface{ ~int | ~uint }

var ch = make(chan int, 1)
var m map[string]T

const K = iota

func f(x, y int, s []int) int {
	var z = x + y - x*y/2%3
	z = x & y | x ^ y &^ z
	z = x<<1 + y>>2
	z += 1
	z -= 1
	z *= 2
	z /= 2
	z %= 5
	z &= 7
	z |= 8
	z ^= 9
	z <<= 1
	z >>= 1
	z &^= 3
	z++
	z--
	b := x == y || x != y && x < y || x <= y || x > y || x >= y
	b = !b
	ch <- z
	z = <-ch
	z = -z + +z + ^z
	p := &z
	*p = 1
	_ = s[1:2:3]
	_ = T{a: 1, b: 2}
	_ = fmt.Sprint(s)
	_ = append(s, s...)
	if b {
		goto L
	} else if z > 0 {
		return z
	}
L:
	for i := range s {
		switch {
		case i > 0:
			fallthrough
		default:
			continue
		}
	}
	for {
		break
	}
	select {
	case v := <-ch:
		defer func() {}()
		go func() {}()
		return v
	default:
	}
	;
	return 0
}
