// run

// flag.Parse on CommandLine with -help: the usage text (Usage of
// os.Args[0], then PrintDefaults) on standard error and exit status 0;
// Usage replaced by the program's own function.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"helpful", "-v", "-help", "ignored"}
	flag.Bool("v", false, "verbose")
	flag.Float64("scale", 1, "a `factor`")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "%s: a test program\n", os.Args[0])
		flag.PrintDefaults()
		fmt.Fprintln(flag.CommandLine.Output(), "(that was the usage)")
	}
	flag.Parse()
	fmt.Println("not reached")
}
