// Package io provides the basic interfaces to I/O primitives.
package io

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Reader is the interface that wraps the basic Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// StringWriter is the interface that wraps the WriteString method.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type eofError struct{}

func (eofError) Error() string { return "EOF" }

// EOF is the error returned by Read when no more input is available.
var EOF error = eofError{}
