// tokens

// The end of the file after a comment spanning lines: the comment is the newline.
package p

func f(int) int { return 0 }

var x = f(1) /* spans
lines */