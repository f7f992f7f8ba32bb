// run

// flag: FlagSets with ContinueOnError whose output goes to a
// strings.Builder, so that Go's messages are compared: every value type
// and its *Var form, Var with a user's Value (and one whose String panics
// on the zero value), Func, the syntax (-x, --x, -x=v, -x v, "--", "-",
// bool flags), the errors (undefined flags, missing and bad values, bad
// syntax), -h and -help with the usage text of PrintDefaults, Visit,
// VisitAll, Lookup, Set, the Args; PanicOnError, redefinition, a custom
// Usage, and the package-level functions on CommandLine.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// list is a Value that collects every value given.
type list []string

func (l *list) String() string { return strings.Join(*l, ",") }
func (l *list) Set(s string) error {
	if s == "" {
		return errors.New("empty item")
	}
	*l = append(*l, s)
	return nil
}

// level is a bool-like Value: -level means -level=true.
type level int

func (l *level) String() string   { return fmt.Sprint(int(*l)) }
func (l *level) IsBoolFlag() bool { return true }
func (l *level) Set(s string) error {
	if s == "true" {
		*l++
		return nil
	}
	return fmt.Errorf("level takes no value, got %q", s)
}

// fragile's String dereferences its pointer: it panics on the zero value.
type fragile struct{ p *int }

func (f *fragile) String() string   { return fmt.Sprint(*f.p) }
func (f *fragile) Set(string) error { return nil }

type set struct {
	fs   *flag.FlagSet
	out  *strings.Builder
	b    *bool
	i    *int
	i64  *int64
	u    *uint
	u64  *uint64
	s    *string
	f    *float64
	d    *time.Duration
	l    list
	lv   level
	seen []string
}

func newSet(name string) *set {
	st := &set{out: new(strings.Builder)}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(st.out)
	st.fs = fs
	st.b = fs.Bool("b", false, "a bool")
	st.i = fs.Int("i", 7, "an `N` of things")
	st.i64 = fs.Int64("i64", -1, "a big number")
	st.u = fs.Uint("u", 0, "an unsigned number")
	st.u64 = fs.Uint64("u64", 1<<40, "a big unsigned number")
	st.s = fs.String("s", "", "a string")
	st.f = fs.Float64("f", 2.5, "a float")
	st.d = fs.Duration("d", 1500*time.Millisecond, "how long")
	fs.Var(&st.l, "item", "an item (repeatable)")
	fs.Var(&st.lv, "v", "more verbose")
	fs.Func("call", "calls a `function`\nwith its value", func(s string) error {
		st.seen = append(st.seen, s)
		if s == "bad" {
			return errors.New("refused")
		}
		return nil
	})
	var name2 string
	fs.StringVar(&name2, "name", "gopher", "a name with a default")
	var verbose bool
	fs.BoolVar(&verbose, "verbose", true, "a long bool flag")
	return st
}

func (st *set) parse(args ...string) {
	fmt.Printf("-- %q\n", args)
	err := st.fs.Parse(args)
	if st.out.Len() > 0 {
		fmt.Print("output:\n", st.out.String())
		st.out.Reset()
	}
	fmt.Println("err:", err, err == flag.ErrHelp)
	fmt.Println("values:", *st.b, *st.i, *st.i64, *st.u, *st.u64, *st.s, *st.f, *st.d, st.l, st.lv, st.seen)
	fmt.Printf("args: %q %d %q %q nflag=%d parsed=%v\n", st.fs.Args(), st.fs.NArg(), st.fs.Arg(0), st.fs.Arg(5), st.fs.NFlag(), st.fs.Parsed())
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s panic: %v (%T)\n", name, r, r)
		}
	}()
	f()
}

func main() {
	cases := [][]string{
		{},
		{"-b", "-i", "42", "rest", "-s", "x"},
		{"--b=false", "-i=0x1F", "-i64", "-9000000000", "-u", "0b101", "-u64=1_000", "-s", "-f", "-f=1e3", "-d", "2h3m0.5s"},
		{"-item", "a", "-item=b", "--item", "c", "-v", "-v", "-v", "-call", "x", "-call=y", "--", "-b", "tail"},
		{"-", "-b"},
		{"--", "--"},
		{"-b=t", "-b=F", "-b=1"},
		{"-x"},
		{"-b", "--undefined=3", "after"},
		{"-i"},
		{"-i", "twelve"},
		{"-i", "99999999999999999999"},
		{"-i=1.5"},
		{"-u", "-1"},
		{"-u64", "18446744073709551616"},
		{"-i64", "0x"},
		{"-f", "one"},
		{"-f", "1e400"},
		{"-d", "5"},
		{"-d", "1y"},
		{"-b=maybe"},
		{"-v=3"},
		{"-item="},
		{"-call", "bad"},
		{"---b"},
		{"-=b"},
		{"--=x"},
		{"-h"},
		{"-help", "more"},
		{"--help"},
		{"-s", "-h"},
	}
	for _, args := range cases {
		newSet("cmd").parse(args...)
	}

	fmt.Println("== a set without a name")
	st := newSet("")
	st.parse("-nope")
	st.fs.PrintDefaults()
	fmt.Print(st.out.String())

	fmt.Println("== Visit, VisitAll, Lookup, Set")
	st = newSet("visit")
	st.parse("-s", "hello", "-b", "-item", "z", "-d", "1m")
	st.fs.Visit(func(f *flag.Flag) {
		fmt.Printf("set: %s=%s (default %q) usage %q\n", f.Name, f.Value, f.DefValue, f.Usage)
	})
	n := 0
	st.fs.VisitAll(func(f *flag.Flag) { n++; fmt.Print(f.Name, " ") })
	fmt.Println(n)
	fmt.Println(st.fs.Lookup("i").Value, st.fs.Lookup("missing") == nil)
	fmt.Println(st.fs.Set("i", "123"), *st.i, st.fs.NFlag())
	fmt.Println(st.fs.Set("i", "abc"), *st.i)
	fmt.Println(st.fs.Set("nope", "1"))
	if g, ok := st.fs.Lookup("d").Value.(flag.Getter); ok {
		v := g.Get()
		fmt.Printf("%v %T\n", v, v)
	}
	for _, name := range []string{"b", "i", "i64", "u", "u64", "s", "f"} {
		v := st.fs.Lookup(name).Value.(flag.Getter).Get()
		fmt.Printf("%s: %v %T\n", name, v, v)
	}
	_, isGetter := st.fs.Lookup("call").Value.(flag.Getter)
	fmt.Println("func flag is a Getter:", isGetter)
	fmt.Println(st.fs.Name(), st.fs.ErrorHandling() == flag.ContinueOnError, st.fs.Output() == st.out)
	name, usage := flag.UnquoteUsage(st.fs.Lookup("i"))
	fmt.Printf("%q %q\n", name, usage)
	name, usage = flag.UnquoteUsage(&flag.Flag{Name: "q", Usage: "one ` quote", Value: st.fs.Lookup("b").Value})
	fmt.Printf("%q %q\n", name, usage)

	fmt.Println("== a String that panics on the zero value")
	fs := flag.NewFlagSet("fragile", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	x := 5
	fs.Var(&fragile{&x}, "frag", "breaks `PrintDefaults`")
	fs.Int("n", 0, "zero default")
	fs.PrintDefaults()
	fmt.Print(out.String())

	fmt.Println("== custom Usage, Init, zero FlagSet")
	var zero flag.FlagSet
	zero.SetOutput(&out)
	out.Reset()
	zero.Int("k", 1, "k")
	fmt.Println(zero.Parse([]string{"-z"}))
	fmt.Print(out.String())
	out.Reset()
	zero.Init("renamed", flag.ContinueOnError)
	zero.Usage = func() { fmt.Fprintln(zero.Output(), "custom usage for", zero.Name()) }
	fmt.Println(zero.Parse([]string{"-k"}))
	fmt.Print(out.String())

	fmt.Println("== PanicOnError")
	try("PanicOnError", func() {
		fs := flag.NewFlagSet("p", flag.PanicOnError)
		fs.SetOutput(&out)
		out.Reset()
		fs.Parse([]string{"-q"})
	})
	fmt.Print(out.String())
	try("PanicOnError help", func() {
		fs := flag.NewFlagSet("p", flag.PanicOnError)
		fs.SetOutput(&out)
		out.Reset()
		fs.Parse([]string{"-help"})
	})
	fmt.Print(out.String())

	fmt.Println("== bad definitions")
	for _, name := range []string{"-dash", "a=b", "b"} {
		try("define "+name, func() {
			fs := flag.NewFlagSet("defs", flag.ContinueOnError)
			fs.SetOutput(&out)
			out.Reset()
			fs.Bool("b", false, "")
			fs.Int(name, 0, "")
		})
		fmt.Print(out.String())
	}
	try("unnamed redefinition", func() {
		var fs flag.FlagSet
		fs.SetOutput(&out)
		out.Reset()
		fs.Bool("b", false, "")
		fs.Bool("b", false, "")
	})
	fmt.Print(out.String())

	fmt.Println("== CommandLine")
	os.Args = []string{"prog", "-count", "3", "-name=gosub", "-fast", "file1", "file2"}
	count := flag.Int("count", 1, "how many")
	var name3 string
	flag.StringVar(&name3, "name", "", "who")
	fast := flag.Bool("fast", false, "go fast")
	var timeout time.Duration
	flag.DurationVar(&timeout, "timeout", 30*time.Second, "how long to wait")
	var l list
	flag.Var(&l, "list", "items")
	flag.Func("fn", "a func", func(string) error { return nil })
	flag.Int64("big", 0, "")
	flag.Uint("small", 0, "")
	flag.Uint64("huge", 0, "")
	flag.Float64("ratio", 0.5, "a ratio")
	fmt.Println(flag.Parsed())
	flag.Parse()
	fmt.Println(flag.Parsed(), *count, name3, *fast, timeout, flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(2), flag.NFlag())
	fmt.Println(flag.Lookup("count").DefValue, flag.Set("count", "4"), *count, flag.Set("nope", ""))
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	flag.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	fmt.Println(flag.CommandLine.Name() != "", flag.CommandLine.ErrorHandling() == flag.ExitOnError)
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Usage()
	flag.PrintDefaults()
}
