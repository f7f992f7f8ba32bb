// tokens

// Automatic semicolons (spec §Semicolons): after a line's final token if it
// is an identifier, a literal, break continue fallthrough return, ++ -- ) ] },
// and nowhere else; a /* */ comment spanning lines counts as a newline.
package p

import (
	"fmt"
	"strings"
)

var (
	a = 1
	b = 2.5
	c = 3i
	d = 'd'
	e = "e"
	f = `f`
	g = []int{1, 2}[1]
	h = struct{ x int }{
		x: 1,
	}
)

func k(x int,
	y int) (int,
	error) {
	for {
		break
	}
	for {
		continue
	}
	switch x {
	case 1:
		fallthrough
	default:
	}
	x++
	y--
	z := x +
		y *
		2
	w := (x +
		y)
	fmt.Println(z, w) // a line comment after the last token
	fmt.Println(z) /* a one-line comment acts as a space */
	fmt.Println(w) /* a comment spanning
	lines acts as a newline */
	fmt.Println(x) /* a */ /* b */ // c
	fmt.Println(y) /* a */ /* b
	*/ fmt.Println(y) /**/
	if x > 0 { return x, nil }
	_ = strings.Join([]string{"a", "b"}, ""); _ = x;;

	return 0,
		nil
}

func empty() {}

func ret() {
	return
}

type t struct{}

var _ = t{
}
