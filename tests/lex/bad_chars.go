// errorcheck

// Characters that start no token: gc reports them and skips them.
package p

var a = 1 @ // ERROR "invalid character U\+0040 '@'"
var b = 2 # // ERROR "invalid character U\+0023 '#'"
var c = 3 $ // ERROR "invalid character U\+0024 '\$'"
var d = 4 ? // ERROR "invalid character U\+003F '\?'"
var e = 5 \ // ERROR "invalid character U\+005C '\\'"
var f = 6  // ERROR "invalid character U\+0001$"
var g = 7  // ERROR "invalid character U\+000C$"
