// Package os is the part of Go's os package that small programs use: the
// command line, exiting, the environment, and the standard files. Writing
// goes through the C runtime's buffered standard output (runtime/stdout.c),
// so fmt and os interleave as they do in Go.
package os

import (
	"errors"
	"io"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	Args = runtimeArgs()
	createfing()
}

func runtimeArgs() []string

// createfing does what Go's os does at init without saying so: its NewFile
// sets a finalizer on each standard file, which starts the runtime's
// finalizer goroutine; the program's goroutines are numbered after it.
func createfing()

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

// readFD reads into b from file descriptor fd with read(2): the count
// read, 0 at the end of the input, or -errno (stdlink.c). Standard output
// is flushed first, so that a prompt shows before the program waits.
//
//go:noescape
func readFD(fd int, b []byte) int

// errnoString is the C library's strerror(errno), as Go's syscall.Errno
// spells it (lower case).
func errnoString(errno int) string

// Read reads up to len(b) bytes from the File and stores them in b. It
// returns the number of bytes read and any error encountered. At end of
// file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n = readFD(f.fd, b)
	if n < 0 {
		// Go's error is a *PathError; its message is the same.
		return 0, errors.New("read " + f.name + ": " + errnoString(-n))
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Write(b []byte) (n int, err error) {
	return writeFD(f.fd, b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return writeFD(f.fd, []byte(s)), nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
// To distinguish between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named
// by the key. If the variable is present in the environment the
// value (which may be empty) is returned and the boolean is true.
// Otherwise the returned value will be empty and the boolean will
// be false.
func LookupEnv(key string) (string, bool) {
	var found bool
	v := lookupEnv(key, &found)
	return v, found
}

// lookupEnv finds key in the C environment as Go does: the first entry
// whose name (up to its first '=') is key (stdlink.c).
//
//go:noescape
func lookupEnv(key string, found *bool) string

// Setenv sets the value of the environment variable named by the key.
// It returns an error, if any.
func Setenv(key, value string) error {
	// Go's syscall.Setenv rejects these with EINVAL, and os wraps that in
	// a *SyscallError; gosub has neither, but the message is Go's.
	bad := len(key) == 0
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			bad = true
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			bad = true
		}
	}
	if bad {
		return errors.New("setenv: invalid argument")
	}
	setenv(key, value)
	return nil
}

// setenv is the C library's setenv(key, value, 1) (stdlink.c).
//
//go:noescape
func setenv(key, value string)

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

// unsetenv is the C library's unsetenv, for a name that can be in the
// environment (stdlink.c).
//
//go:noescape
func unsetenv(key string)

// Environ returns a copy of strings representing the environment,
// in the form "key=value".
func Environ() []string { return environ() }

// environ copies the C library's environ (stdlink.c).
func environ() []string
