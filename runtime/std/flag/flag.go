// Package flag parses command-line flags with Go 1.19's API and Go's
// words: a FlagSet maps names to Values, Parse walks the arguments
// (-name, --name, -name=value, -name value, "--" to stop) and reports a
// mistake with Go's message followed by the usage text of PrintDefaults;
// CommandLine, named after os.Args[0], is what the package's functions
// use. TextVar is missing: gosub has no encoding package.
package flag

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ErrHelp is what Parse returns for -h or -help when no such flag exists.
var ErrHelp = errors.New("flag: help requested")

// A built-in Value's Set says only which of these went wrong; the parser
// puts the argument and the flag's name around it.
var (
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

// plain maps strconv's errors to errParse and errRange (nil stays nil).
func plain(err error) error {
	if num, isNum := err.(*strconv.NumError); isNum {
		switch num.Err {
		case strconv.ErrSyntax:
			return errParse
		case strconv.ErrRange:
			return errRange
		}
	}
	return err
}

// Value is what a flag holds: Set parses an argument into it, String
// shows it (also on a zero Value, for the usage text).
type Value interface {
	String() string
	Set(string) error
}

// Getter is a Value that also hands out what it holds.
type Getter interface {
	Value
	Get() any
}

// standsAlone is a Value that can stand alone on the command line: when
// IsBoolFlag says so, -name means -name=true.
type standsAlone interface {
	Value
	IsBoolFlag() bool
}

// The built-in Values are the caller's variables seen through another
// type (so a flag's variable is the Value itself). Their names are Go's,
// which %T shows. On a bad argument Set still stores what strconv
// returned (zero, or the nearest limit), as Go's does.

type boolValue bool
type intValue int
type int64Value int64
type uintValue uint
type uint64Value uint64
type stringValue string
type float64Value float64
type durationValue time.Duration

func (v *boolValue) Set(s string) error {
	on, err := strconv.ParseBool(s)
	*v = boolValue(on)
	return plain(err)
}

func (v *intValue) Set(s string) error {
	n, err := strconv.ParseInt(s, 0, strconv.IntSize)
	*v = intValue(n)
	return plain(err)
}

func (v *int64Value) Set(s string) error {
	n, err := strconv.ParseInt(s, 0, 64)
	*v = int64Value(n)
	return plain(err)
}

func (v *uintValue) Set(s string) error {
	n, err := strconv.ParseUint(s, 0, strconv.IntSize)
	*v = uintValue(n)
	return plain(err)
}

func (v *uint64Value) Set(s string) error {
	n, err := strconv.ParseUint(s, 0, 64)
	*v = uint64Value(n)
	return plain(err)
}

func (v *stringValue) Set(s string) error {
	*v = stringValue(s)
	return nil
}

func (v *float64Value) Set(s string) error {
	x, err := strconv.ParseFloat(s, 64)
	*v = float64Value(x)
	return plain(err)
}

func (v *durationValue) Set(s string) error {
	dur, err := time.ParseDuration(s)
	*v = durationValue(dur)
	if err != nil {
		return errParse
	}
	return nil
}

func (v *boolValue) IsBoolFlag() bool { return true }

func (v *boolValue) String() string     { return strconv.FormatBool(bool(*v)) }
func (v *intValue) String() string      { return strconv.Itoa(int(*v)) }
func (v *int64Value) String() string    { return strconv.FormatInt(int64(*v), 10) }
func (v *uintValue) String() string     { return strconv.FormatUint(uint64(*v), 10) }
func (v *uint64Value) String() string   { return strconv.FormatUint(uint64(*v), 10) }
func (v *stringValue) String() string   { return string(*v) }
func (v *float64Value) String() string  { return strconv.FormatFloat(float64(*v), 'g', -1, 64) }
func (v *durationValue) String() string { return time.Duration(*v).String() }

func (v *boolValue) Get() any     { return bool(*v) }
func (v *intValue) Get() any      { return int(*v) }
func (v *int64Value) Get() any    { return int64(*v) }
func (v *uintValue) Get() any     { return uint(*v) }
func (v *uint64Value) Get() any   { return uint64(*v) }
func (v *stringValue) Get() any   { return string(*v) }
func (v *float64Value) Get() any  { return float64(*v) }
func (v *durationValue) Get() any { return time.Duration(*v) }

// funcValue is a flag defined by Func: every occurrence calls the
// function; it holds nothing, so it is no Getter.
type funcValue func(string) error

func (fn funcValue) Set(s string) error { return fn(s) }
func (fn funcValue) String() string     { return "" }

// ErrorHandling says what Parse does after reporting a mistake.
type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota // return the error
	ExitOnError                          // exit with status 2 (0 for -h and -help)
	PanicOnError                         // panic with the error
)

// A Flag is one defined flag; DefValue is its Value's text when defined.
type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string
}

// A FlagSet is a set of flags and the arguments Parse left over. Its zero
// value has no name and returns errors.
type FlagSet struct {
	// Usage prints the usage text after a parse error; nil means the
	// default (a heading and PrintDefaults).
	Usage func()

	name   string
	mode   ErrorHandling
	out    io.Writer        // nil: standard error
	known  map[string]*Flag // every flag defined
	given  map[string]*Flag // the ones Parse or Set has set
	rest   []string         // what Parse has not consumed
	parsed bool
}

// NewFlagSet returns an empty set with that name and error handling.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, mode: errorHandling}
	f.Usage = f.defaultUsage
	return f
}

// Init names a set (a zero FlagSet, typically) and sets its handling.
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name, f.mode = name, errorHandling
}

func (f *FlagSet) Name() string                 { return f.name }
func (f *FlagSet) ErrorHandling() ErrorHandling { return f.mode }
func (f *FlagSet) SetOutput(output io.Writer)   { f.out = output }
func (f *FlagSet) Parsed() bool                 { return f.parsed }
func (f *FlagSet) NFlag() int                   { return len(f.given) }
func (f *FlagSet) Args() []string               { return f.rest }
func (f *FlagSet) NArg() int                    { return len(f.rest) }
func (f *FlagSet) Lookup(name string) *Flag     { return f.known[name] }

// Output is where messages and usage go: standard error unless set.
func (f *FlagSet) Output() io.Writer {
	if f.out != nil {
		return f.out
	}
	return os.Stderr
}

// Arg is the i'th argument left by Parse, or "" when there is none.
func (f *FlagSet) Arg(i int) string {
	if 0 <= i && i < len(f.rest) {
		return f.rest[i]
	}
	return ""
}

// inOrder calls fn on the flags of m sorted by their Name fields (which
// a caller could have changed since the flag was defined).
func inOrder(m map[string]*Flag, fn func(*Flag)) {
	list := make([]*Flag, 0, len(m))
	for _, fl := range m {
		list = append(list, fl)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	for _, fl := range list {
		fn(fl)
	}
}

// VisitAll visits every defined flag; Visit only those that were set.
func (f *FlagSet) VisitAll(fn func(*Flag)) { inOrder(f.known, fn) }
func (f *FlagSet) Visit(fn func(*Flag))    { inOrder(f.given, fn) }

// mark records that the flag defined as name has been set.
func (f *FlagSet) mark(name string, fl *Flag) {
	if f.given == nil {
		f.given = map[string]*Flag{}
	}
	f.given[name] = fl
}

// Set gives a flag a value as if it had been on the command line.
func (f *FlagSet) Set(name, value string) error {
	fl := f.known[name]
	if fl == nil {
		return errors.New("no such flag -" + name)
	}
	if err := fl.Value.Set(value); err != nil {
		return err
	}
	f.mark(name, fl)
	return nil
}

// say writes one line of message to the output, in one Write, and
// returns it for the error or panic that follows.
func (f *FlagSet) say(format string, args ...any) string {
	line := fmt.Sprintf(format, args...)
	f.Output().Write([]byte(line + "\n"))
	return line
}

// Var defines a flag holding value. A bad name or a second definition
// of a name is reported on the output, then panicked with.
func (f *FlagSet) Var(value Value, name string, usage string) {
	switch {
	case strings.HasPrefix(name, "-"):
		panic(f.say("flag %q begins with -", name))
	case strings.Contains(name, "="):
		panic(f.say("flag %q contains =", name))
	}
	fl := &Flag{Name: name, Usage: usage, Value: value, DefValue: value.String()}
	if f.known[name] != nil {
		if f.name == "" {
			panic(f.say("flag redefined: %s", name))
		}
		panic(f.say("%s flag redefined: %s", f.name, name))
	}
	if f.known == nil {
		f.known = map[string]*Flag{}
	}
	f.known[name] = fl
}

// Func defines a flag that calls fn with each value given to it.
func (f *FlagSet) Func(name, usage string, fn func(string) error) { f.Var(funcValue(fn), name, usage) }

// The typed definitions: the ...Var forms store into the caller's
// variable, the others into a new one they return.

func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	f.Var((*boolValue)(p), name, usage)
}

func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	f.Var((*intValue)(p), name, usage)
}

func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	f.Var((*int64Value)(p), name, usage)
}

func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	f.Var((*uintValue)(p), name, usage)
}

func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	f.Var((*uint64Value)(p), name, usage)
}

func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	f.Var((*stringValue)(p), name, usage)
}

func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	f.Var((*float64Value)(p), name, usage)
}

func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var((*durationValue)(p), name, usage)
}

func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	v := boolValue(value)
	f.Var(&v, name, usage)
	return (*bool)(&v)
}

func (f *FlagSet) Int(name string, value int, usage string) *int {
	v := intValue(value)
	f.Var(&v, name, usage)
	return (*int)(&v)
}

func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	v := int64Value(value)
	f.Var(&v, name, usage)
	return (*int64)(&v)
}

func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	v := uintValue(value)
	f.Var(&v, name, usage)
	return (*uint)(&v)
}

func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	v := uint64Value(value)
	f.Var(&v, name, usage)
	return (*uint64)(&v)
}

func (f *FlagSet) String(name string, value string, usage string) *string {
	v := stringValue(value)
	f.Var(&v, name, usage)
	return (*string)(&v)
}

func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	v := float64Value(value)
	f.Var(&v, name, usage)
	return (*float64)(&v)
}

func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	v := durationValue(value)
	f.Var(&v, name, usage)
	return (*time.Duration)(&v)
}

// zeroValue returns a Value of v's dynamic type holding its zero value
// (for a pointer type, a pointer to a new zero value): what Go builds
// with reflect to learn a type's zero text (stdlink.c).
//
//gosub:escape v=none
func zeroValue(v Value) Value

// elemTypeString is how %v shows v's type, or its element type when that
// is a pointer (stdlink.c).
//
//gosub:escape v=none
func elemTypeString(v Value) string

// isZeroValue reports whether text is what a zero Value of the flag's
// type shows, in which case PrintDefaults leaves the default out. A String
// method that panics on a zero value becomes an error, listed at the end.
func isZeroValue(fl *Flag, text string) (zero bool, err error) {
	blank := zeroValue(fl.Value)
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic calling String method on zero %v for flag %s: %v",
				elemTypeString(fl.Value), fl.Name, p)
		}
	}()
	return blank.String() == text, nil
}

// UnquoteUsage splits a flag's usage into the name to show for its value
// (the first `quoted` word, unquoted in the usage) and the usage. With no
// quoted word, the name says what the built-in Value takes.
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	if open := strings.IndexByte(usage, '`'); open >= 0 {
		after := usage[open+1:]
		if shut := strings.IndexByte(after, '`'); shut >= 0 {
			name = after[:shut]
			return name, usage[:open] + name + after[shut+1:]
		}
	}
	return typeWord(flag.Value), usage
}

// typeWord is the name PrintDefaults shows for a Value's argument.
func typeWord(v Value) string {
	switch v.(type) {
	case standsAlone:
		return "" // whatever IsBoolFlag says
	case *durationValue:
		return "duration"
	case *float64Value:
		return "float"
	case *intValue:
		return "int"
	case *int64Value:
		return "int"
	case *stringValue:
		return "string"
	case *uintValue:
		return "uint"
	case *uint64Value:
		return "uint"
	}
	return "value"
}

// PrintDefaults writes a usage entry for each flag, by name: "  -name
// word" then the usage on the next line after four spaces and a tab (on
// the same line, after a tab, when the first part is only four bytes: a
// one-letter bool flag), then the default unless it is the zero value.
func (f *FlagSet) PrintDefaults() {
	var failed []error
	f.VisitAll(func(fl *Flag) {
		entry := "  -" + fl.Name
		word, usage := UnquoteUsage(fl)
		if word != "" {
			entry += " " + word
		}
		if len(entry) > 4 {
			entry += "\n    "
		}
		entry += "\t" + strings.ReplaceAll(usage, "\n", "\n    \t")
		zero, err := isZeroValue(fl, fl.DefValue)
		if err != nil {
			failed = append(failed, err)
		} else if !zero {
			if _, quoted := fl.Value.(*stringValue); quoted {
				entry += " (default " + strconv.Quote(fl.DefValue) + ")"
			} else {
				entry += " (default " + fl.DefValue + ")"
			}
		}
		f.Output().Write([]byte(entry + "\n"))
	})
	if len(failed) > 0 {
		f.Output().Write([]byte("\n"))
		for _, err := range failed {
			f.Output().Write([]byte(err.Error() + "\n"))
		}
	}
}

// defaultUsage is the usage text of a set whose Usage is nil or unchanged.
func (f *FlagSet) defaultUsage() {
	heading := "Usage:\n"
	if f.name != "" {
		heading = "Usage of " + f.name + ":\n"
	}
	f.Output().Write([]byte(heading))
	f.PrintDefaults()
}

func (f *FlagSet) usage() {
	if f.Usage != nil {
		f.Usage()
	} else {
		f.defaultUsage()
	}
}

// fail reports a parse error: the message, then the usage text.
func (f *FlagSet) fail(format string, args ...any) error {
	msg := f.say(format, args...)
	f.usage()
	return errors.New(msg)
}

// Parse sets the flags named at the front of arguments (which do not
// include the program's name) and keeps the rest for Args. A mistake is
// handled as the set's ErrorHandling says.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.rest = arguments
	for {
		more, err := f.next()
		if err == nil {
			if !more {
				return nil
			}
			continue
		}
		switch f.mode {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
		// Any other ErrorHandling: Go goes on with the next argument.
	}
}

// next consumes one flag (and its value) from the front of f.rest. It
// reports false when the flags have ended: at an argument that is not a
// flag ("-" alone is not one), or after "--", which it drops.
func (f *FlagSet) next() (bool, error) {
	if len(f.rest) == 0 {
		return false, nil
	}
	arg := f.rest[0]
	if len(arg) < 2 || arg[0] != '-' {
		return false, nil
	}
	body := arg[1:]
	if body == "-" {
		f.rest = f.rest[1:]
		return false, nil
	}
	if body[0] == '-' {
		body = body[1:] // --name is -name
	}
	if body[0] == '-' || body[0] == '=' {
		return false, f.fail("bad flag syntax: %s", arg)
	}
	f.rest = f.rest[1:]

	name, value, inline := strings.Cut(body, "=")
	fl := f.known[name]
	if fl == nil {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.fail("flag provided but not defined: -%s", name)
	}

	if b, ok := fl.Value.(standsAlone); ok && b.IsBoolFlag() {
		// A boolean stands alone; only -name=value gives it a value.
		if !inline {
			if err := b.Set("true"); err != nil {
				return false, f.fail("invalid boolean flag %s: %v", name, err)
			}
		} else if err := b.Set(value); err != nil {
			return false, f.fail("invalid boolean value %q for -%s: %v", value, name, err)
		}
	} else {
		if !inline {
			if len(f.rest) == 0 {
				return false, f.fail("flag needs an argument: -%s", name)
			}
			value, f.rest = f.rest[0], f.rest[1:]
		}
		if err := fl.Value.Set(value); err != nil {
			return false, f.fail("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	f.mark(name, fl)
	return true, nil
}

// CommandLine is the set the package's functions use, parsed from
// os.Args[1:] and exiting on a mistake.
var CommandLine = NewFlagSet(os.Args[0], ExitOnError)

// CommandLine's usage goes through the variable Usage at the time of the
// error, so that a program may replace it after init.
func init() { CommandLine.Usage = func() { Usage() } }

// Usage prints CommandLine's usage text: a heading naming the program,
// then PrintDefaults.
var Usage = func() {
	CommandLine.Output().Write([]byte("Usage of " + os.Args[0] + ":\n"))
	PrintDefaults()
}

// Parse parses os.Args[1:] into CommandLine; a mistake ends the program.
func Parse() { CommandLine.Parse(os.Args[1:]) }

func Parsed() bool                                   { return CommandLine.Parsed() }
func PrintDefaults()                                 { CommandLine.PrintDefaults() }
func NFlag() int                                     { return CommandLine.NFlag() }
func Arg(i int) string                               { return CommandLine.Arg(i) }
func NArg() int                                      { return CommandLine.NArg() }
func Args() []string                                 { return CommandLine.Args() }
func Visit(fn func(*Flag))                           { CommandLine.Visit(fn) }
func VisitAll(fn func(*Flag))                        { CommandLine.VisitAll(fn) }
func Lookup(name string) *Flag                       { return CommandLine.Lookup(name) }
func Set(name, value string) error                   { return CommandLine.Set(name, value) }
func Var(value Value, name string, usage string)     { CommandLine.Var(value, name, usage) }
func Func(name, usage string, fn func(string) error) { CommandLine.Func(name, usage, fn) }

func BoolVar(p *bool, name string, value bool, usage string) {
	CommandLine.BoolVar(p, name, value, usage)
}

func IntVar(p *int, name string, value int, usage string) {
	CommandLine.IntVar(p, name, value, usage)
}

func Int64Var(p *int64, name string, value int64, usage string) {
	CommandLine.Int64Var(p, name, value, usage)
}

func UintVar(p *uint, name string, value uint, usage string) {
	CommandLine.UintVar(p, name, value, usage)
}

func Uint64Var(p *uint64, name string, value uint64, usage string) {
	CommandLine.Uint64Var(p, name, value, usage)
}

func StringVar(p *string, name string, value string, usage string) {
	CommandLine.StringVar(p, name, value, usage)
}

func Float64Var(p *float64, name string, value float64, usage string) {
	CommandLine.Float64Var(p, name, value, usage)
}

func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}

func Bool(name string, value bool, usage string) *bool {
	return CommandLine.Bool(name, value, usage)
}

func Int(name string, value int, usage string) *int { return CommandLine.Int(name, value, usage) }

func Int64(name string, value int64, usage string) *int64 {
	return CommandLine.Int64(name, value, usage)
}

func Uint(name string, value uint, usage string) *uint {
	return CommandLine.Uint(name, value, usage)
}

func Uint64(name string, value uint64, usage string) *uint64 {
	return CommandLine.Uint64(name, value, usage)
}

func String(name string, value string, usage string) *string {
	return CommandLine.String(name, value, usage)
}

func Float64(name string, value float64, usage string) *float64 {
	return CommandLine.Float64(name, value, usage)
}

func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}
