// run

// Indexing array values that are not variables: results of calls, fields
// of such results, composite literals, map elements (fixedbugs/issue26105.go).
package main

var S interface{}

func F(n int) {
	fun := func(x int) int {
		S = 1
		return n
	}
	i := fun(([]int{0, 0})[n])
	var fc [2]int
	fc[1] = 7
	S = (([1][2]int{fc})[i-n][i])
}

type T struct{ a [3]int }

func g() [3]int         { return [3]int{1, 2, 3} }
func h() T              { return T{[3]int{4, 5, 6}} }
func k() [2][2]string   { return [2][2]string{{"a", "b"}, {"c", "d"}} }
func pk() *[2][2]string { a := k(); return &a }

func main() {
	F(1)
	println(S.(int))
	j := 2
	println(g()[j], h().a[j], k()[1][j-1], len(k()[0][j-1]), pk()[1][j-2])
	println([3]int{7, 8, 9}[j], [2][2]int{{1, 2}, {3, 4}}[j-1][j-2])
	m := map[int][2]int{1: {5, 6}}
	println(m[1][j-1])
	var x interface{} = g()[j]
	println(x.(int))
	defer func() { println(recover().(error).Error()) }()
	println(g()[j+1])
}
