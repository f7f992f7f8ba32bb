// tokens

// The end of the file right after a newline: no semicolon at EOF.
package p

var x int
