// errorcheck

// Imports: a missing path, a path that is not a string, specs separated by
// commas, an import after a declaration.
package p

import fmt // ERROR "syntax error: missing import path"

import 42 // ERROR "syntax error: import path must be a string"

import (
	"os", // ERROR "syntax error: unexpected comma in grouped declaration; possibly missing semicolon or newline or \)"
	"io"
)

var x = 1

import "strings" // ERROR "syntax error: non-declaration statement outside function body"
