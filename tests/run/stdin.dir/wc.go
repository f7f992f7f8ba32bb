// wc reads standard input (run by ../stdin_test.sh): the first line with
// bufio.Reader.ReadString, the rest as words with a bufio.Scanner on the
// same Reader, then counts; the prompt goes to stderr, the rest to stdout.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

func main() {
	fmt.Print("first line? ")
	in := bufio.NewReaderSize(os.Stdin, 16)
	first, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", first, err)
	fmt.Fprintln(os.Stderr, "words:")
	sc := bufio.NewScanner(in)
	sc.Split(bufio.ScanWords)
	count := map[string]int{}
	n := 0
	for sc.Scan() {
		count[sc.Text()]++
		n++
	}
	words := make([]string, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Println(w, count[w])
	}
	fmt.Println(n, "words", sc.Err())
	b := make([]byte, 4)
	k, err := os.Stdin.Read(b)
	fmt.Println(k, err)
}
