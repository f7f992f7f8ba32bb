// run one two -3 --x=y

// os: the arguments after the program's name, the standard files (their
// names, Write and WriteString counts, interleaving with fmt), reading the
// empty standard input (an empty buffer reads nothing and no error), and
// Exit, which skips deferred calls.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Printf("%d %q\n", len(os.Args), os.Args[1:])
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	n, err := os.Stdout.Write([]byte("written\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("")
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("héllo\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprint(os.Stdout, "fmt then ")
	os.Stdout.WriteString("os\n")
	var w io.Writer = os.Stdout
	_, isStringWriter := w.(io.StringWriter)
	fmt.Println("StringWriter:", isStringWriter)

	buf := make([]byte, 8)
	n, err = os.Stdin.Read(buf[:0])
	fmt.Println(n, err)
	n, err = os.Stdin.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	b, err := io.ReadAll(os.Stdin)
	fmt.Println(len(b), err)

	os.Args = append(os.Args, "more")
	fmt.Println(len(os.Args))
	os.Exit(3)
}
