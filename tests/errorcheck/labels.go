// errorcheck

// Labels are function-scoped; each must be used, and break and continue
// must name an enclosing statement of the right kind.
package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break
	}
	goto missing // ERROR "label missing not defined"
L:
	if true {
		break L // ERROR "invalid break label L"
	}
M:
	switch {
	case true:
		continue M // ERROR "invalid continue label M"
	}
}
