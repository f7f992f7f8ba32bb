// run

// Strings: concatenation, comparison, len, indexing, conversions from runes.
package main

import "fmt"

func main() {
	s := "héllo"
	t := s + ", " + "wörld"
	fmt.Println(t, len(t), len(s))
	fmt.Println(s[0], s[1], string(rune(s[0])))
	fmt.Println("abc" < "abd", "b" > "abc", s == "héllo", s != t)
	var r rune = 0x4e16
	fmt.Println(string(r), string(rune(-1)))
	var e string
	fmt.Println(e == "", len(e))
	fmt.Printf("%q %d %5.2f|%-4s|%x\n", t, 42, 3.14159, "ab", 255)
	u := fmt.Sprint("a", 1, 2, "b", true)
	fmt.Println(u)
	print("to stderr ", 1, "\n")
	println("println", 2, true)
}
