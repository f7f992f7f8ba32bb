// Package log writes Go 1.19's log lines: a header chosen by the flags
// (the prefix, the date and time, a file position, or the prefix after
// them with Lmsgprefix), the message, and a newline if it has none, in a
// single Write. The package's functions use a Logger on standard error
// with LstdFlags. gosub keeps no caller positions: Lshortfile and
// Llongfile show what Go shows when it cannot find one, "???:0: ".
package log

import (
	"fmt"
	"io"
	"os"
)

// The header's parts, as Go numbers them.
const (
	Ldate         = 1 << iota // 2009/01/23
	Ltime                     // 01:23:23
	Lmicroseconds             // 01:23:23.123123 (implies Ltime)
	Llongfile                 // the caller's file and line
	Lshortfile                // the same with the file's last element
	LUTC                      // UTC instead of local time
	Lmsgprefix                // the prefix just before the message
	LstdFlags     = Ldate | Ltime
)

// A Logger writes lines to w with a header built from prefix and flags.
type Logger struct {
	prefix string
	flags  int
	w      io.Writer
}

// New returns a Logger writing to out.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flags: flag, w: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default is the Logger behind the package's functions.
func Default() *Logger { return std }

// clock is the date and time part of the header, each part followed by
// a space: "2009/11/10 " and "23:00:00 " or "23:00:00.123456 " (stdlink.c).
func clock(date, time, micro, utc bool) string

// line is the whole line for message s.
func (l *Logger) line(s string) []byte {
	f := l.flags
	var b []byte
	if f&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	if f&(Ldate|Ltime|Lmicroseconds) != 0 {
		b = append(b, clock(f&Ldate != 0, f&(Ltime|Lmicroseconds) != 0, f&Lmicroseconds != 0, f&LUTC != 0)...)
	}
	if f&(Llongfile|Lshortfile) != 0 {
		b = append(b, "???:0: "...)
	}
	if f&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	b = append(b, s...)
	if n := len(s); n == 0 || s[n-1] != '\n' {
		b = append(b, '\n')
	}
	return b
}

// Output writes the line for s; calldepth would choose the caller whose
// position Lshortfile shows.
func (l *Logger) Output(calldepth int, s string) error { return l.emit(s) }

func (l *Logger) emit(s string) error {
	_, err := l.w.Write(l.line(s))
	return err
}

// silent is true when nothing written would be kept: then Print and its
// kin do not even format their arguments, as in Go.
func (l *Logger) silent() bool { return l.w == io.Discard }

func (l *Logger) Print(v ...any) {
	if !l.silent() {
		l.emit(fmt.Sprint(v...))
	}
}

func (l *Logger) Printf(format string, v ...any) {
	if !l.silent() {
		l.emit(fmt.Sprintf(format, v...))
	}
}

func (l *Logger) Println(v ...any) {
	if !l.silent() {
		l.emit(fmt.Sprintln(v...))
	}
}

// fatal logs s and ends the program with status 1 (deferred calls do not
// run); die logs s and panics with it.
func (l *Logger) fatal(s string) {
	l.emit(s)
	os.Exit(1)
}

func (l *Logger) die(s string) {
	l.emit(s)
	panic(s)
}

func (l *Logger) Fatal(v ...any)                 { l.fatal(fmt.Sprint(v...)) }
func (l *Logger) Fatalf(format string, v ...any) { l.fatal(fmt.Sprintf(format, v...)) }
func (l *Logger) Fatalln(v ...any)               { l.fatal(fmt.Sprintln(v...)) }
func (l *Logger) Panic(v ...any)                 { l.die(fmt.Sprint(v...)) }
func (l *Logger) Panicf(format string, v ...any) { l.die(fmt.Sprintf(format, v...)) }
func (l *Logger) Panicln(v ...any)               { l.die(fmt.Sprintln(v...)) }

func (l *Logger) Flags() int              { return l.flags }
func (l *Logger) SetFlags(flag int)       { l.flags = flag }
func (l *Logger) Prefix() string          { return l.prefix }
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }
func (l *Logger) Writer() io.Writer       { return l.w }
func (l *Logger) SetOutput(w io.Writer)   { l.w = w }

func Print(v ...any)                 { std.Print(v...) }
func Printf(format string, v ...any) { std.Printf(format, v...) }
func Println(v ...any)               { std.Println(v...) }
func Fatal(v ...any)                 { std.Fatal(v...) }
func Fatalf(format string, v ...any) { std.Fatalf(format, v...) }
func Fatalln(v ...any)               { std.Fatalln(v...) }
func Panic(v ...any)                 { std.Panic(v...) }
func Panicf(format string, v ...any) { std.Panicf(format, v...) }
func Panicln(v ...any)               { std.Panicln(v...) }
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
func Flags() int              { return std.Flags() }
func SetFlags(flag int)       { std.SetFlags(flag) }
func Prefix() string          { return std.Prefix() }
func SetPrefix(prefix string) { std.SetPrefix(prefix) }
func Writer() io.Writer       { return std.Writer() }
func SetOutput(w io.Writer)   { std.SetOutput(w) }
