// errorcheck

// A goto may not jump over a variable declaration of its block, nor into a
// block (gc's syntax/branches.go, in its words and positions).

package p

func overDefine() {
	goto L // ERROR "goto L jumps over declaration of x at .*goto_jumps.go:10"
	x := 1
	_ = x
L:
}

func overVar() {
	goto L // ERROR "goto L jumps over declaration of y at .*goto_jumps.go:18"
	var z int
	var y, w = 1, 2
	_, _, _ = y, z, w
L:
}

func declaredBefore() {
	x := 1
	goto L
	_ = x
L:
}

func innerDeclaration() {
	goto L
	{
		x := 1
		_ = x
	}
L:
}

func backward() {
	x := 1
L:
	_ = x
	if x < 3 {
		x++
		goto L
	}
}

func intoBlock() {
	goto L // ERROR "goto L jumps into block starting at .*goto_jumps.go:51"
	{
	L:
	}
}

func intoIf(b bool) {
	goto L // ERROR "goto L jumps into block starting at .*goto_jumps.go:59"
	if b {
	} else {
	L:
	}
}

func intoCase(n int) {
	goto L // ERROR "goto L jumps into block starting at .*goto_jumps.go:67"
	switch n {
	case 1:
	L:
	}
}

func fromInnerBackward() {
	for i := 0; i < 3; i++ {
	L:
		for {
			goto M
		}
	M:
		if i > 5 {
			goto L
		}
	}
}
