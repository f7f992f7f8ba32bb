// run

// Complex numbers: imaginary literals, exact complex constants, complex,
// real and imag, arithmetic, comparison and printing.
package main

import "fmt"

func main() {
	z := 3 + 4i
	w := complex(1.5, -2)
	fmt.Println(z, w, z*w, z/w, real(z), imag(w), z == 3+4i)
	var c64 complex64 = 1 + 1i
	c64 *= 2
	fmt.Println(c64, real(c64))
	const k = (1 + 2i) * (3 - 1i)
	fmt.Println(k, real(k), imag(k))
	fmt.Printf("%v %.2f %T %T\n", z, w, c64, k)
	println(z)
	x := 2.0
	fmt.Println(complex(x, x*2), -z)
}
