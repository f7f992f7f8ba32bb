// run

// flag.Parse on CommandLine (ExitOnError) with an undefined flag: Go's
// message and usage text on standard error, after what was printed on
// standard output, and exit status 2.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	os.Args = []string{"prog", "-n", "2", "-wait", "1s", "-bogus", "x"}
	n := flag.Int("n", 1, "number of `rounds`")
	wait := flag.Duration("wait", 0, "pause between rounds")
	flag.String("mode", "fast", "fast or slow")
	flag.Bool("q", false, "quiet")
	fmt.Println("parsing")
	flag.Parse()
	fmt.Println("not reached", *n, *wait, time.Second)
}
