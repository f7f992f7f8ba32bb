// run

// Package log without the clock: the prefix before the message or, with
// Lmsgprefix, after the header; one Write per line and a newline added
// only when missing; the package's functions on the standard Logger and
// its accessors; Panic, Panicf and Panicln (what they print and the value
// they panic with); a Writer that fails; io.Discard, on which Print
// formats nothing; Fatalln's exit status.
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

// recorder keeps each Write separately.
type recorder struct{ writes []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

// noisy says when it is formatted.
type noisy string

func (n noisy) String() string { fmt.Println("formatting", string(n)); return string(n) }

type broken struct{}

func (broken) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %q (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "", log.Writer() == os.Stderr, log.Default().Writer() == os.Stderr)
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)

	rec := &recorder{}
	l := log.New(rec, "pre: ", 0)
	l.Print("a", 1, 2, "b", 3.5, nil)
	l.Print("ends with newline\n")
	l.Print("")
	l.Printf("%d-%s", 7, "x")
	l.Printf("two\nlines\n")
	l.Println("x", 1, 2)
	l.Println()
	fmt.Println(l.Output(1, "direct"), l.Output(2, "direct with newline\n"))
	l.SetFlags(log.Lmsgprefix)
	l.Print("after the header")
	l.SetPrefix("")
	l.Print("no prefix")
	l.SetPrefix("[p] ")
	fmt.Println(l.Flags(), l.Prefix(), l.Writer() == rec)
	for i, w := range rec.writes {
		fmt.Printf("%d %q\n", i, w)
	}

	var sb strings.Builder
	l.SetOutput(&sb)
	l.Print("to a builder")
	fmt.Printf("%q\n", sb.String())

	fmt.Println(log.New(broken{}, "", 0).Output(1, "lost"))

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	fmt.Println(log.Flags(), log.Prefix(), log.Writer() == os.Stdout, log.Default().Prefix())
	log.Print("print", 1)
	log.Printf("printf %v", []int{1, 2})
	log.Println("println", 1)
	log.Default().Println("through Default")
	log.SetFlags(log.Lmsgprefix)
	log.Print("msgprefix")

	try("Panic", func() { log.Panic("bad ", 42) })
	try("Panicf", func() { log.Panicf("bad %d", 43) })
	try("Panicln", func() { log.Panicln("bad", 44) })
	try("Logger.Panic", func() { l.Panic("oops") })
	try("Logger.Panicf", func() { l.Panicf("oops %q", "q") })
	try("Logger.Panicln", func() { l.Panicln("oops", 1) })
	fmt.Printf("%q\n", sb.String())

	// on io.Discard, Print and its kin format nothing; Panic and Output do
	d := log.New(io.Discard, "", 0)
	d.Print(noisy("d.Print"))
	d.Printf("%v", noisy("d.Printf"))
	d.Println(noisy("d.Println"))
	try("discarded Panic", func() { d.Panic(noisy("d.Panic")) })
	log.SetOutput(io.Discard)
	log.Print(noisy("log.Print"))
	log.Printf("%v", noisy("log.Printf"))
	log.Println(noisy("log.Println"))
	d.SetOutput(os.Stdout)
	d.Print(noisy("d.Print again"))
	log.SetOutput(os.Stdout)

	log.Fatalln("the end", 1)
}
