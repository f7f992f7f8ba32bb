package main

// Inlining decisions and costs (gc -m=2): see tests/tools/inline_check.sh.

type Point struct{ X, Y int }

func (p Point) Sum() int       { return p.X + p.Y }
func (p *Point) Scale(k int)   { p.X *= k; p.Y *= k }
func (p *Point) Get() *Point   { return p }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Named struct {
	Point
	Name string
}

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ W, H int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Perimeter() int { return 2 * (r.W + r.H) }

type Celsius float64
type Meters int

func viaValue(p Point) int     { return p.Sum() }
func viaPointer(p *Point) int  { return p.Sum() }
func scale(p Point) Point      { p.Scale(2); return p }
func promoted(n Named) int     { return n.Sum() + n.X }
func promotedPtr(n *Named)     { n.Scale(3) }
func chain(p *Point) int       { return p.Get().Get().Sum() }
func methodValue(p Point) func() int { return p.Sum }
func methodExpr() func(Point) int  { return Point.Sum }
func methodExprCall(p *Point)  { (*Point).Scale(p, 2) }
func iface(s Shape) int        { return s.Area() + s.Perimeter() }
func toIface(r Rect) Shape     { return r }
func ifaceCmp(s Shape, r Rect) bool { return s == r }
func assert(s Shape) Rect      { return s.(Rect) }
func assertOk(s Shape) bool    { _, ok := s.(Rect); return ok }
func typeSwitch(s interface{}) int {
	switch v := s.(type) {
	case Rect:
		return v.W
	case *Point:
		return v.X
	case nil:
		return 0
	}
	return -1
}
func conv(c Celsius) float64    { return float64(c) }
func convInt(m Meters) int      { return int(m) }
func convI64(x int64) int       { return int(x) }
func convU8(x int) uint8        { return uint8(x) }
func convStr(b []byte) string   { return string(b) }
func convPtr(p *Point) *Point   { return (*Point)(p) }
func literal() *Named           { return &Named{Point: Point{1, 2}, Name: "n"} }
func literals() []Point         { return []Point{{1, 2}, {3, 4}} }
func ptrLiterals() []*Point     { return []*Point{{1, 2}} }
func mapLit() map[string]Point  { return map[string]Point{"a": {1, 2}} }
func arrayLit() [4]int          { return [4]int{1, 3: 4} }
func addAll(ps ...Point) (s int) {
	for _, p := range ps {
		s += p.Sum()
	}
	return
}
func spread() int               { return addAll(Point{}, Point{1, 1}) }
func spreadSlice(ps []Point) int { return addAll(ps...) }
func strs(a, b string) string   { return a + "-" + b + "!" }
func appendIface(xs []interface{}, x int) []interface{} { return append(xs, x, "s") }
func mapOps(m map[string]int) int {
	m["a"]++
	delete(m, "b")
	v, ok := m["c"]
	if !ok {
		return len(m)
	}
	return v
}
func chans(c chan int) int {
	c <- 1
	v := <-c
	close(c)
	return v + cap(c)
}
func slices(s []int, a *[8]int) []int { return append(s[1:2], a[:3]...) }
func labels(n int) int {
	i := 0
outer:
	for {
		for j := 0; j < n; j++ {
			if j == 3 {
				continue outer
			}
			if j == 5 {
				break outer
			}
		}
		i++
	}
	return i
}
func gotos(n int) int {
again:
	n--
	if n > 0 {
		goto again
	}
	return n
}
func ifInit(m map[int]int) int {
	if v, ok := m[1]; ok {
		return v
	} else if v > 2 {
		return 2
	}
	var x int
	if x = len(m); x > 3 {
		return x
	}
	return 0
}

func main() {
	p := Point{1, 2}
	_ = viaValue(p)
	_ = viaPointer(&p)
	_ = scale(p)
	_ = promoted(Named{})
	_ = chain(&p)
	_ = iface(Rect{1, 2})
	_ = typeSwitch(nil)
	_ = labels(10)
	_ = gotos(3)
}
