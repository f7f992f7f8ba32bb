// errorcheck

// A newline ends an unterminated rune literal. (The same for a string cannot
// be written in this format: the ERROR comment would end the string.)
package p

var r = 'a // ERROR "newline in rune literal"
