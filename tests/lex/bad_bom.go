// errorcheck

// A byte order mark is allowed only at the start of the file.
package p

var x = 1 ﻿ // ERROR "invalid BOM in the middle of the file"
