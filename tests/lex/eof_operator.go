// tokens

// The end of the file after a token that needs no semicolon (not valid Go:
// only its tokens are tested).
package p

var x = 1 +
	2 + (3 *