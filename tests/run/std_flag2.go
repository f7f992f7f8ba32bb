// run

// flag, the corners std_flag.go leaves: a Value whose IsBoolFlag says
// false (it takes an argument, and its usage names "value"), a bool Value
// whose Set fails on "true", one-letter bool flags of several bytes, a
// value holding '=', a repeated flag counted once, the dynamic types of
// the package's Values, the order of output with a custom Usage, and Args
// after each kind of error; a Flag whose Name the program changed.
package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
)

type notBool struct{ s string }

func (n *notBool) String() string {
	if n == nil {
		return ""
	}
	return n.s
}
func (n *notBool) Set(s string) error { n.s = s; return nil }
func (n *notBool) IsBoolFlag() bool   { return false }

type stubborn bool

func (s *stubborn) String() string   { return "stubborn" }
func (s *stubborn) Set(string) error { return errors.New("never") }
func (s *stubborn) IsBoolFlag() bool { return true }

func main() {
	var out strings.Builder
	fs := flag.NewFlagSet("two", flag.ContinueOnError)
	fs.SetOutput(&out)
	nb := &notBool{}
	fs.Var(nb, "nb", "not a bool")
	var st stubborn
	fs.Var(&st, "st", "refuses everything")
	fs.Bool("é", false, "accented")
	fs.Bool("z", true, "one letter, true by default")
	fs.Bool("zz", false, "two letters")
	fs.String("kv", "", "key=value")
	fs.Int("n", 0, "a number\nover two lines")
	fs.Func("fn", "a `func` flag", func(string) error { return nil })
	fs.Duration("wait", 0, "zero duration")
	fs.Float64("ratio", 0, "zero float")
	fs.Uint("count", 3, "")
	fs.PrintDefaults()
	fmt.Print(out.String())
	out.Reset()

	run := func(args ...string) {
		err := fs.Parse(args)
		fmt.Printf("%q -> %v | %q | nflag %d | nb=%q\n", args, err, fs.Args(), fs.NFlag(), nb.s)
		fmt.Print(out.String())
		out.Reset()
	}
	run("-nb", "x", "-kv", "a=b", "-kv=c=d", "-n", "1", "-n", "2", "rest")
	run("-nb")
	run("-st")
	run("-st=false")
	run("-é", "-z=false", "-zz", "false", "after")
	run("-n", "1", "-bogus", "x", "y")
	run("-n", "1", "---x", "y")
	run("-n", "1", "-", "y")
	run("-n", "1", "-h", "y")
	run("-n", "1", "-kv")
	fmt.Println(fs.Lookup("kv").Value, fs.Lookup("n").Value)

	for _, name := range []string{"nb", "st", "é", "kv", "n", "fn", "wait", "ratio", "count"} {
		f := fs.Lookup(name)
		n, u := flag.UnquoteUsage(f)
		fmt.Printf("%s: %T %q %q %q\n", name, f.Value, f.DefValue, n, u)
	}
	var i64 int64
	var u64 uint64
	var d time.Duration
	fs.Int64Var(&i64, "i64", 5, "")
	fs.Uint64Var(&u64, "u64", 6, "")
	fs.DurationVar(&d, "d", time.Minute, "")
	fmt.Printf("%T %T %T %v %v %v\n", fs.Lookup("i64").Value, fs.Lookup("u64").Value, fs.Lookup("d").Value, i64, u64, d)

	fmt.Println("== custom Usage prints after the message")
	fs2 := flag.NewFlagSet("three", flag.ContinueOnError)
	fs2.SetOutput(&out)
	fs2.Usage = func() { fmt.Fprintln(&out, "<usage>") }
	fs2.Int("k", 0, "")
	fmt.Println(fs2.Parse([]string{"-k", "x"}))
	fmt.Println(fs2.Parse([]string{"-k"}))
	fmt.Println(fs2.Parse([]string{"-help"}))
	fmt.Print(out.String())
	fmt.Println(fs2.Set("k", "9"), fs2.NFlag(), fs2.Lookup("k").Value)

	fmt.Println("== a Flag renamed after its definition")
	fs3 := flag.NewFlagSet("renamed", flag.ContinueOnError)
	fs3.SetOutput(&out)
	out.Reset()
	fs3.Int("a", 1, "first")
	fs3.Int("m", 2, "middle")
	fs3.Int("z", 3, "last")
	fs3.Lookup("a").Name = "y"
	fmt.Println(fs3.Parse([]string{"-a", "5", "-z", "6"}), fs3.NFlag())
	fmt.Println(fs3.Set("a", "7"), fs3.Set("y", "8"), fs3.NFlag())
	fs3.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs3.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	fs3.PrintDefaults()
	fmt.Print(out.String())
}
