// tokens

// The end of the file after an identifier, with no newline.
package p

var x = y

var y = 1