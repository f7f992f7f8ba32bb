// errorcheck

// Non-ASCII characters in identifiers must be letters, or digits after the first.
package p

var a·b int // ERROR "invalid character U\+00B7 '·' in identifier"
var ۶x int // ERROR "identifier cannot begin with digit U\+06F6 '۶'"
var c​d int // ERROR "invalid character U\+200B in identifier$"
var e⊛ int // ERROR "invalid character U\+229B '⊛' in identifier"
var x١ int // a digit after the first character is fine
