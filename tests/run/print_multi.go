// run

// print and println of a call with several results print each of them
// (fixedbugs/issue35576.go).
package main

func f() (int16, float64, string) { return -42, 42.0, "x" }

type P struct{ a, b int }

func g() (*P, bool, []int) { return nil, true, nil }

func main() {
	print(f())
	println()
	println(f())
	println(g())
	func() {
		defer println(f())
		defer print(g())
	}()
	println()
}
