// errorcheck

// The end of the file inside a rune literal.
package p

var r = 'a // ERROR "rune literal not terminated"