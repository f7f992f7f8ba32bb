// Package fmt is Go's formatted I/O. The formatting itself is done by the
// C runtime (runtime/fmt.c), which knows every verb and flag; this file gives
// it Go's API: printing to standard output, to strings, to any io.Writer, and
// Errorf's errors that wrap with %w.
package fmt

import (
	"errors"
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

// errorf_text formats for Errorf, where one %w may take an error operand
// (formatted as %v), which it stores in *wrapped; any other %w is a bad verb.
//
//gosub:escape format=none a=content wrapped=none
func errorf_text(format string, a []any, wrapped *any) string

// Errorf formats like Sprintf; if the format's %w took an error, the result
// wraps it, for errors.Unwrap, Is and As. Otherwise it is errors.New's.
func Errorf(format string, a ...any) error {
	var wrapped any
	s := errorf_text(format, a, &wrapped)
	if err, ok := wrapped.(error); ok {
		return &wrapError{s, err}
	}
	return errors.New(s)
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

