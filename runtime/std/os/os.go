// Package os is the part of Go's os package that small programs use: the
// command line, exiting, and the standard files. Writing goes through the C
// runtime's buffered standard output (runtime/stdout.c), so fmt and os
// interleave as they do in Go.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() { Args = runtimeArgs() }

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

// A File is an open file descriptor; gosub has the three standard ones.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// writeFD writes b to file descriptor fd (standard output is buffered).
//
//go:noescape
func writeFD(fd int, b []byte) int

func (f *File) Write(b []byte) (n int, err error) {
	return writeFD(f.fd, b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return writeFD(f.fd, []byte(s)), nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Getenv retrieves the value of the environment variable named by the key.
//
//go:noescape
func Getenv(key string) string
