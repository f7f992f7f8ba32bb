// errorcheck

// Bytes that are not UTF-8 are reported and skipped.
package p

var s = "ÿ" // ERROR "invalid UTF-8 encoding"
var t = 1 // ERROR "invalid UTF-8 encoding" Ã
var u = `í €` // ERROR "invalid UTF-8 encoding"
