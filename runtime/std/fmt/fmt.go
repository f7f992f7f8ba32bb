// Package fmt is Go's formatted I/O. The formatting itself is done by the
// C runtime (runtime/fmt.c), which knows every verb and flag; this file gives
// it Go's API: printing to standard output, to strings, to any io.Writer, and
// Errorf's errors that wrap with %w.
package fmt

import (
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which
// defines the native format for that value.
type Stringer interface {
	String() string
}

// The three ways of laying out operands, as the C formatter numbers them.
const (
	modePrint   = 0
	modePrintln = 1
	modePrintf  = 2
)

// format formats its operands with the runtime's formatter (fmt.c). It keeps
// neither the format nor the operand slice; what the operands point to may
// reach String and Error methods, which may keep it (Go's fmt has the same
// tags: "leaking param content: a").
//
//gosub:escape format=none a=content
func format(mode int, format string, a []any) string

// Which of these functions gc inlines shows in -m reports ("inlining call
// to fmt.Println"), so they are shaped as Go's are: Print, Println and
// Printf are one call to their F form, cheap enough to inline; the S forms
// are not inlined in Go (they build a printer), hence go:noinline here.

//go:noinline
func Sprint(a ...any) string { return format(modePrint, "", a) }

//go:noinline
func Sprintln(a ...any) string { return format(modePrintln, "", a) }

//go:noinline
func Sprintf(f string, a ...any) string { return format(modePrintf, f, a) }

func Print(a ...any) (n int, err error)   { return Fprint(os.Stdout, a...) }
func Println(a ...any) (n int, err error) { return Fprintln(os.Stdout, a...) }
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// write hands formatted text to w; the standard files take the string as
// it is, without a copy to a []byte.
func write(w io.Writer, s string) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return f.WriteString(s)
	}
	return w.Write([]byte(s))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return write(w, format(modePrint, "", a))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return write(w, format(modePrintln, "", a))
}

func Fprintf(w io.Writer, f string, a ...any) (n int, err error) {
	return write(w, format(modePrintf, f, a))
}

// Errorf formats like Sprintf; if the format has a %w verb whose operand is
// an error, the result wraps it, for errors.Unwrap, Is and As.
func Errorf(f string, a ...any) error {
	s := format(modePrintf, wrapVerbAsV(f), a)
	arg := wrappedOperand(f)
	if arg >= 0 && arg < len(a) {
		if err, ok := a[arg].(error); ok {
			return &wrapError{s, err}
		}
	}
	return &errorString{s}
}

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

// wrappedOperand is the index of the operand the first %w consumes, or -1.
func wrappedOperand(f string) int {
	arg := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		for i < len(f) && (f[i] == '+' || f[i] == '-' || f[i] == '#' || f[i] == ' ' || f[i] == '0' ||
			(f[i] >= '1' && f[i] <= '9') || f[i] == '.' || f[i] == '*') {
			if f[i] == '*' {
				arg++
			}
			i++
		}
		if i >= len(f) {
			break
		}
		if f[i] == '%' {
			continue
		}
		if f[i] == 'w' {
			return arg
		}
		arg++
	}
	return -1
}

// wrapVerbAsV turns %w into %v: Errorf prints the wrapped error's message.
func wrapVerbAsV(f string) string {
	b := []byte(f)
	for i := 0; i < len(b); i++ {
		if b[i] != '%' {
			continue
		}
		i++
		for i < len(b) && (b[i] == '+' || b[i] == '-' || b[i] == '#' || b[i] == ' ' || b[i] == '0' ||
			(b[i] >= '1' && b[i] <= '9') || b[i] == '.' || b[i] == '*') {
			i++
		}
		if i < len(b) && b[i] == 'w' {
			b[i] = 'v'
		}
	}
	return string(b)
}
