// parse

// Every form of declaration gosub's parser takes: imports, constants
// (grouped, with iota and repeated specs), variables, types (definitions and
// aliases, every type literal), functions and methods (receivers, variadic
// parameters, named and unnamed results, no body).
package decls

import "fmt"

import (
	"errors"
	. "math"
	_ "os"
	str "strings"
)

const Pi2 = 2 * Pi

const (
	A = iota // 0
	B        // the previous spec repeated
	_
	D
	C1, C2 = iota, iota * 10
	C3, C4
)

const (
	KB int64 = 1 << (10 * (iota + 1))
	MB
	GB
)

const typed float64 = 1.5
const s, t = "s", 't'

var x int
var y, z = 1, 2.0
var w float32 = 3
var (
	p     *int
	q, r  string = "q", "r"
	fn    func(int) (int, error)
	ch    chan<- []map[string]*struct{}
	recv  <-chan int
	both  chan chan<- int
	arr   [4][2]byte
	slice []interface{}
	err   = errors.New("e")
)

type (
	Point struct {
		X, Y int `json:"x,omitempty"`
		name string
		Point3
		*str.Reader
		str.Builder "tag"
	}
	Point3 struct{ z int }
	Empty  struct{}
	Any    = interface{}
	Reader interface {
		Read(p []byte) (n int, err error)
	}
	ReadCloser interface {
		Reader
		fmt.Stringer
		Close() error
	}
	Handler  func(string, ...interface{}) bool
	Table    map[string][]*Point
	Matrix   [3][3]float64
	Pipeline chan (<-chan int)
)

type Celsius float64
type Alias = Celsius

func noResult()                                   {}
func oneResult() int                              { return 0 }
func unnamed(int, string) (bool, error)           { return false, nil }
func named(a, b int, c string) (sum int)          { return a + b }
func variadic(format string, args ...interface{}) {}
func groups(a, b int, c, d string) (e, f float64, g error) {
	return
}
func funcResult() func(int) int { return nil }
func chanResult() <-chan int    { return nil }
func parenResult() (x []int)    { return }

func (p Point) Value() int           { return p.X }
func (p *Point) Pointer(d int)       { p.X += d }
func (Point) Unnamed()               {}
func (*Point) UnnamedPtr() error     { return nil }
func (c Celsius) String() string     { return fmt.Sprint(float64(c)) }
func (r *Point) Multi() (int, int)   { return r.X, r.Y }
func (Table) Lookup(k string) *Point { return nil }

// A function declared without a body (implemented elsewhere).
func external(x int) int
