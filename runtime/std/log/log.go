// Package log implements simple logging, with Go's API and output format:
// an optional prefix, the date and time (LstdFlags), the message, a newline,
// written to standard error.
package log

import (
	"fmt"
	"io"
	"os"
)

// The flags that choose the header of each line, as in Go.
const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

// A Logger writes lines to an io.Writer.
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

// New creates a new Logger.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level functions.
func Default() *Logger { return std }

// clock formats the local (or UTC) time as the header wants it:
// "2009/11/10 23:00:00" with optional microseconds.
func clock(date, time, micro, utc bool) string

func (l *Logger) header() string {
	h := ""
	if l.flag&Lmsgprefix == 0 {
		h = l.prefix
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		h += clock(l.flag&Ldate != 0, l.flag&(Ltime|Lmicroseconds) != 0, l.flag&Lmicroseconds != 0,
			l.flag&LUTC != 0)
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		h += "???:0: "            // gosub keeps no caller information
	}
	if l.flag&Lmsgprefix != 0 {
		h += l.prefix
	}
	return h
}

// Output writes a log line: the header, then s, then a newline if s lacks one.
func (l *Logger) Output(calldepth int, s string) error {
	line := l.header() + s
	if len(s) == 0 || s[len(s)-1] != '\n' {
		line += "\n"
	}
	_, err := l.out.Write([]byte(line))
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }
func (l *Logger) Fatal(v ...any)                 { l.Output(2, fmt.Sprint(v...)); os.Exit(1) }
func (l *Logger) Fatalf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)); os.Exit(1) }
func (l *Logger) Fatalln(v ...any)               { l.Output(2, fmt.Sprintln(v...)); os.Exit(1) }
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Flags() int              { return l.flag }
func (l *Logger) SetFlags(flag int)       { l.flag = flag }
func (l *Logger) Prefix() string          { return l.prefix }
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }
func (l *Logger) Writer() io.Writer       { return l.out }
func (l *Logger) SetOutput(w io.Writer)   { l.out = w }

func Print(v ...any)                 { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.Output(2, fmt.Sprintln(v...)) }
func Fatal(v ...any)                 { std.Output(2, fmt.Sprint(v...)); os.Exit(1) }
func Fatalf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)); os.Exit(1) }
func Fatalln(v ...any)               { std.Output(2, fmt.Sprintln(v...)); os.Exit(1) }
func Panic(v ...any)                 { std.Panic(v...) }
func Panicf(format string, v ...any) { std.Panicf(format, v...) }
func Panicln(v ...any)               { std.Panicln(v...) }
func Flags() int                     { return std.flag }
func SetFlags(flag int)              { std.flag = flag }
func Prefix() string                 { return std.prefix }
func SetPrefix(prefix string)        { std.prefix = prefix }
func Writer() io.Writer              { return std.out }
func SetOutput(w io.Writer)          { std.out = w }
