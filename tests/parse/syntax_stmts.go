// errorcheck

// Statements and headers gc refuses: var in an init statement, an
// assignment or a declaration as a condition, := in a post statement, a
// missing condition, a list that is not assigned, a label with no
// statement, go and defer without a call, a statement that does not end.
package p

func f() int { return 0 }

func varInFor() {
	for var i = 0; i < 10; i++ { // ERROR "syntax error: var declaration not allowed in for initializer"
	}
}

func varInIf() {
	if var x = f(); x > 0 { // ERROR "syntax error: var declaration not allowed in if initializer"
	}
}

func assignAsCond(x int) {
	if x = 1 { // ERROR "syntax error: cannot use assignment \(x\) = \(1\) as value"
	}
}

func defineAsCond() {
	if x := f() { // ERROR "syntax error: cannot use x := f\(\) as value"
	}
}

func defineInPost() {
	for i := 0; i < 10; j := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
}

func missingCond() {
	if { // ERROR "syntax error: missing condition in if statement"
	}
}

func missingCondAfterInit() {
	if x := f(); { // ERROR "syntax error: missing condition in if statement"
	}
}

func listAlone(a, b int) {
	a, b // ERROR "syntax error: unexpected newline, expecting := or = or comma"
}

func labelAlone() {
	switch {
	case true:
	L: // ERROR "syntax error: missing statement after label"
	default:
	}
}

func goDefer() {
	go f // ERROR "expression in go must be function call"
	defer (f()) // ERROR "expression in defer must not be parenthesized"
}

func twoStatements(x int) {
	x++ x-- // ERROR "syntax error: unexpected x at end of statement"
}

func caseAfterStatement(x int) {
	switch x {
	case 1: x++ case 2: // ERROR "syntax error: unexpected case at end of statement"
	}
}
