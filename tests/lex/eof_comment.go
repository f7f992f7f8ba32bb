// tokens

// The end of the file after a line comment, with no newline: gc puts the
// semicolon at the end of the file.
package p

func f() {
}  // trailing comment