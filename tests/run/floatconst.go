// run

// Float constants are exact enough that 0.1+0.2 is 0.3 until a variable is involved.
package main

import "fmt"

const third = 1.0 / 3

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, third*3 == 1, 1e100/1e99)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), 1<<62*1.0)
	x := 0.1
	fmt.Println(x+0.2, 2.5e-324, 1e308*10/10)
}
