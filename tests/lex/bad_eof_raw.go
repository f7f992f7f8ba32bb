// errorcheck

// The end of the file inside a raw string.
package p

var s = `abc // ERROR "string not terminated"
