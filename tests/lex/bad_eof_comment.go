// errorcheck

// The end of the file inside a block comment.
package p

var x int /* // ERROR "comment not terminated"
