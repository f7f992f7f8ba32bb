// Package os is the corner of Go's os that small programs reach for: the
// arguments, Exit, the environment, and the three standard files. The
// work is done in C (stdlink.c); standard output goes through the
// runtime's buffer (runtime/stdout.c), the same one print and fmt use,
// so whatever writes it, the bytes come out in the order written.
package os

import (
	"errors"
	"io"
)

// Args is the command line, the program's name first.
var Args []string

func init() {
	Args = runtimeArgs()
	createfing()
}

// runtimeArgs copies argv into strings.
func runtimeArgs() []string

// createfing starts the finalizer goroutine as Go's os does at init (its
// standard files carry finalizers), so that the program's goroutines get
// the numbers they have under Go.
func createfing()

// Exit ends the program at once with status code: no deferred calls run.
func Exit(code int)

// A File is one of the standard files: a descriptor and its name.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// writeFD writes all of b to descriptor fd and returns len(b).
//
//go:noescape
func writeFD(fd int, b []byte) int

// readFD is read(2) into b after flushing standard output (so a prompt
// shows before the program waits): the count, 0 at the end, or -errno.
//
//go:noescape
func readFD(fd int, b []byte) int

// errnoString is strerror(errno) in the lower case Go's syscall uses.
func errnoString(errno int) string

// Read reads what is there, up to len(b) bytes; io.EOF at the end. An
// empty b reads nothing and is no error.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	got := readFD(f.fd, b)
	switch {
	case got > 0:
		return got, nil
	case got == 0:
		return 0, io.EOF
	}
	// Go's error is a *PathError; the text is the same.
	return 0, errors.New("read " + f.name + ": " + errnoString(-got))
}

func (f *File) Write(b []byte) (n int, err error)       { return writeFD(f.fd, b), nil }
func (f *File) WriteString(s string) (n int, err error) { return writeFD(f.fd, []byte(s)), nil }
func (f *File) Name() string                            { return f.name }

// lookupEnv finds key as Go does: the first entry "key=..." of the C
// environment; found says whether there was one.
//
//go:noescape
func lookupEnv(key string, found *bool) string

// setenv is setenv(key, value, 1); unsetenv is unsetenv(key); environ
// copies the entries of the environment.
//
//go:noescape
func setenv(key, value string)

//go:noescape
func unsetenv(key string)

func environ() []string

func Environ() []string { return environ() }

// LookupEnv is the variable's value and whether it is set at all.
func LookupEnv(key string) (string, bool) {
	var found bool
	value := lookupEnv(key, &found)
	return value, found
}

// Getenv is the variable's value, "" when it is not set.
func Getenv(key string) string {
	value, _ := LookupEnv(key)
	return value
}

// Setenv sets a variable. An empty name, or a NUL or '=' in the name or
// a NUL in the value, cannot be in the environment: Go refuses them with
// EINVAL, in these words.
func Setenv(key, value string) error {
	if key == "" || holds(key, '=') || holds(key, 0) || holds(value, 0) {
		return errors.New("setenv: invalid argument")
	}
	setenv(key, value)
	return nil
}

// holds reports whether s contains the ASCII character c (os does without
// package strings, as Go's does).
func holds(s string, c rune) bool {
	for _, r := range s {
		if r == c {
			return true
		}
	}
	return false
}

// Unsetenv removes a variable; removing one that is not set is no error.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}
