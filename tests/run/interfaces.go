// run

// Interfaces: method tables (itabs), pointer and value receivers, Stringer and
// error through fmt, comma-ok and panicking type assertions, type switches.
package main

import (
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }

func (r Rect) Area() float64    { return r.w * r.h }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string   { return "circle" }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &myErr{42}
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println(total)
	var t Celsius = 21.5
	fmt.Println(t)
	fmt.Printf("%v %s %d\n", t, t, 7)
	err := find(false)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(find(true) == nil)
	var x interface{} = 5
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(describe(nil), describe(3), describe("s"), describe(true), describe(Rect{1, 1}))
	fmt.Println(describe(err), describe(2.5), describe(shapes[1]))
	var sh Shape = shapes[0]
	if r, ok := sh.(Rect); ok {
		fmt.Println("rect", r.w, r.h)
	}
	fmt.Printf("%v %+v %T %T\n", shapes[0], shapes[0], shapes[0], shapes[1])
	_ = x.(string)
}
