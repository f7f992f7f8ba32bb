// run

// flag.Parse on CommandLine (ExitOnError) with a bad value: Go's message
// and usage text on standard error and exit status 2; the flags parsed
// before it have been set.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"badvalue", "-v", "-n", "1", "-n=x"}
	v := flag.Bool("v", false, "verbose")
	n := flag.Int("n", 0, "how `many`")
	defer fmt.Println("deferred calls do not run")
	flag.Usage = func() {
		fmt.Println("usage called:", *v, *n, flag.NFlag())
		flag.PrintDefaults()
	}
	flag.Parse()
	fmt.Println("not reached")
}
