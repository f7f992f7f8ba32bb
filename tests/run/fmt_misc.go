// run

// fmt corners: %p and the integer verbs on nil pointer-shaped values, %T of
// composite types, interface-typed fields under %#v, Stringers reached
// through interfaces inside containers, and map keys of mixed kinds.
package main

import "fmt"

type Stringy int

func (s Stringy) String() string { return fmt.Sprintf("S(%d)", int(s)) }

type Wrap struct {
	I interface{}
	E error
	F fmt.Stringer
}

type K struct {
	A string
	B int
}

func main() {
	var p *int
	var s []int
	var m map[int]int
	var f func(int) string
	var c chan<- bool
	for _, v := range []interface{}{p, s, m, f, c} {
		fmt.Printf("%T|%p|%#p|%v|%#v|%d|%x|%10p|%-8v|%s\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%T %T %T %T\n", struct {
		A int
		b []string
	}{}, map[string][]*int{}, [3]chan int{}, func(int, ...string) (bool, error) { return false, nil })
	fmt.Printf("%T %T %T\n", []interface{}{}, new(fmt.Stringer), [][2]map[K]bool{})
	w := Wrap{}
	fmt.Printf("%v|%+v|%#v\n", w, w, w)
	w = Wrap{I: Stringy(1), E: nil, F: Stringy(2)}
	fmt.Printf("%v|%+v|%#v|%d|%s\n", w, w, w, w, w)
	xs := []interface{}{Stringy(3), 4, "s", Stringy(-1)}
	fmt.Printf("%v|%d|%x|%q|%#v\n", xs, xs, xs, xs, xs)
	ms := map[Stringy]Stringy{2: 20, 1: 10}
	fmt.Printf("%v|%d|%#v\n", ms, ms, ms)
	mk := map[K]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}
	fmt.Println(mk)
	mi := map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6, false: 7, nil: 8}
	fmt.Println(len(mi), mi)
	fmt.Printf("%v %+v %#v\n", map[K]K{{"x", 2}: {"y", 4}}, map[K]K{{"x", 2}: {"y", 4}}, map[K]K{{"x", 2}: {"y", 4}})
	ma := map[[2]int]string{{2, 1}: "a", {1, 9}: "b", {1, 2}: "c"}
	fmt.Println(ma)
	mu := map[uint8]bool{200: true, 3: false, 100: true}
	fmt.Printf("%v %#v\n", mu, mu)
	fmt.Printf("%v %d %s\n", Stringy(5), Stringy(5), Stringy(5))
	fmt.Printf("%x %X %q %08v|%-8s|\n", Stringy(10), Stringy(10), Stringy(10), Stringy(10), Stringy(10))
	fmt.Printf("%v %+v\n", &w, &xs)
	fmt.Printf("%v %s\n", [3]Stringy{1, 2, 3}, &[]Stringy{4})
	fmt.Println(Stringy(7), []Stringy{8}, map[string]Stringy{"k": 9})
	type local struct{ x, y float64 }
	fmt.Printf("%v %+v %#v %T\n", local{1, 2.5}, local{}, local{-1, 1e21}, local{})
	fmt.Printf("%6.2v|%-6.3v|%06v\n", []float32{1.2345}, map[string]float64{"pi": 3.14159}, struct{ A, B int }{1, -2})
	fmt.Printf("%+d %+v % d\n", []int{1, -1}, []int{2, -2}, [2]int{3, -3})
	fmt.Printf("%#x %#o %x\n", []int{10, 11}, [1]uint{8}, struct{ A, B uint16 }{255, 4096})
	fmt.Printf("%c %U %q\n", []rune("héllo"), []rune("ab"), []rune("a'"))
	fmt.Printf("%s %q %x\n", []string{"a", "b"}, [2]string{"c", "d"}, [][]byte{{0xab}, {0xcd, 0xef}})
	fmt.Printf("%t %v\n", []bool{true, false}, map[bool][]bool{true: {false}})
	fmt.Printf("%5s|%-5s|%.1s|%q\n", []byte("ab"), [2]byte{'c', 'd'}, []byte("efg"), []byte("h\"i"))
	fmt.Printf("%v %d %x %#v\n", [2]byte{1, 2}, []byte{3, 4}, []byte{5, 6}, [2]byte{7, 8})
	fmt.Printf("%v %v\n", []uint8{9}, []int8{-1})
}
