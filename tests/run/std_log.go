// run

// Package log: prefixes and flags (without the clock, whose output varies),
// a Logger on standard output, and Fatal's exit status.
package main

import (
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("hello", 42)
	l := log.New(os.Stdout, "[x] ", log.Lmsgprefix)
	l.Printf("value=%d", 7)
	log.Fatal("bye")
}
