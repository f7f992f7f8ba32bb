// run

// fmt on composite values: structs (named fields, unexported fields,
// embedded ones), arrays, slices, maps (sorted by key), pointers at the top
// and nested, interfaces inside values, nil in all its forms, and the
// Stringer / error / GoStringer methods at every depth.
package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Inner struct {
	A []int
	B map[string]int
}

type Outer struct {
	Name  string
	In    Inner
	P     *Point
	Any   interface{}
	Err   error
	hid   int
	Point // embedded
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("PtrStr#", p.n) }

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type GoS struct{ v int }

func (g GoS) GoString() string { return "GoS!" }
func (g GoS) String() string   { return "S!" }

type Hidden struct {
	c Celsius
	C Celsius
}

type List []Celsius
type Dict map[string]Celsius
type Empty struct{}
type Named []int
type Flags uint8
type Bytes []byte
type Matrix [2][2]int

type Tree struct {
	L, R *Tree
	V    int
}

func main() {
	p := Point{1, -2}
	o := Outer{Name: "o", In: Inner{A: []int{1, 2}, B: map[string]int{"z": 26, "a": 1, "m": 13}},
		Any: 3.5, Err: MyErr{3}, hid: 9, Point: Point{3, 4}}
	var nilp *Point

	var nile error
	var nila interface{}
	var nils []int
	var nilm map[string]int
	var nilf func()
	var nilc chan int
	vals := []interface{}{
		p, &p, o, &o, nilp, nile, nila, nils, nilm, nilf, nilc,
		[]int{}, []string{"a", "b c"}, [2]bool{true, false}, [0]int{}, Matrix{{1, 2}, {3, 4}},
		[]interface{}{1, "x", nil, 2.5, []int{3}}, []*Point{nil}, []error{nil, MyErr{1}},
		map[int]string{3: "c", 1: "a", 2: "b"}, map[string][]int{"b": {2}, "a": {1}},
		map[float64]bool{2.5: true, -1: false, 0: true}, map[bool]int{true: 1, false: 0},
		map[Point]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"}, map[int8]int{-3: 1, 5: 2, 0: 3},
		map[string]int{}, Dict{"hot": 100, "cold": -5},
		Celsius(21.5), &PtrStr{4}, PtrStr{5}, MyErr{7}, &MyErr{8}, Both{}, GoS{1}, &GoS{2},
		[]Celsius{1, 2}, List{3}, Hidden{1, 2}, struct{ A, b Celsius }{1, 2},
		[]fmt.Stringer{Celsius(5), nil}, map[Celsius]Celsius{1: 2},
		Empty{}, &Empty{}, struct{}{}, Named{1, 2}, Named(nil), Flags(3), Bytes("hi"), Bytes(nil),
		&Tree{V: 2}, struct {
			a int
			b string
		}{1, "x"}, []struct{ X int }{{1}, {2}}, [][]string{{"a"}, {}, nil},
		&[]int{1, 2}, &[2]string{"a", "b"}, &map[string]int{"k": 1}, []*int{nil},
		errors.New("plain"),
	}
	formats := []string{"%v", "%+v", "%#v", "%T", "%s", "%d", "%q", "%x", "%X", "%10v|", "%-12v|", "%05v", "%.1v", "%t"}
	for _, v := range vals {
		fmt.Printf("== %T\n", v)
		for _, f := range formats {
			fmt.Printf("%s\t%s\n", f, fmt.Sprintf(f, v))
		}
	}
	fmt.Println(fmt.Errorf("wrapped: %w", errors.New("inner")), fmt.Errorf("%d %w", 1, MyErr{4}))
	fmt.Println(p, &p, o, nilp, nile, nila, nils, nilm, Celsius(3), MyErr{2}, &PtrStr{1})
	fmt.Print(p, &p, Celsius(3), "\n")
	fmt.Printf("%v %d\n", []interface{}{Celsius(1), MyErr{3}}, []interface{}{Celsius(1), 7})
	fmt.Printf("%x %X % x\n", []string{"ab", "cd"}, [2]string{"ef", "\xff"}, []string{"hi", "yo"})
	fmt.Printf("%s|%v|%d\n", [][]byte{[]byte("ab"), nil}, [][]byte{[]byte("ab")}, [][]byte{{1, 2}})
	fmt.Printf("%q %v\n", []string{"a\n", "b"}, [][]string{{"x"}})
	fmt.Printf("%6.2f|%-8.3v|%08.3f\n", []float64{1, 2.345}, []float64{3.14159}, [2]float64{-1.5, 2})
	fmt.Printf("%#v %#v %#v %#v\n", []interface{}{nil}, map[string]interface{}{"a": nil}, [1]error{}, struct{ E error }{})
	fmt.Printf("%v %+v\n", struct {
		P *Point
		Q []*Point
	}{}, struct{ M map[string]*Point }{})
	fmt.Printf("%#v %#v %#v\n", uint8(7), []uint{1, 2}, map[string]uintptr{"u": 10})
	fmt.Printf("%#v %#v %#v\n", int64(-5), []int32{1}, struct{ U uint16 }{255})
	fmt.Printf("%#v|%#v|%#v\n", "", []string(nil), map[int]int(nil))
	fmt.Printf("%v|%+v|%#v\n", [][]int(nil), [2][]int{}, [2][]int{})
}
