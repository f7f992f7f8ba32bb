// errorcheck -0 -m -l

// Calls of standard functions: gosub's packages carry the leak tags of Go's,
// so the reports about the caller's values are gc's. The annotations are Go
// 1.19's (tests/tools/annotate.sh).

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type byLen []string

func (s byLen) Len() int           { return len(s) } // ERROR  "s does not escape"
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) } // ERROR  "s does not escape"
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] } // ERROR  "byLen\.Swap ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]" "s does not escape"

var ErrX = errors.New("x")

func useStrings(s, t string) int { // ERROR  "leaking param: s" "t does not escape"
	n := strings.Index(s, t)
	n += strings.Count(s, t)
	if strings.HasPrefix(s, t) || strings.Contains(s, t) {
		n++
	}
	parts := strings.Split(s, ",")
	u := strings.ToUpper(t)
	r := strings.Repeat(t, 2)
	j := strings.Join(parts, "-")
	f := strings.Fields(s)
	tr := strings.TrimSpace(s)
	rep := strings.ReplaceAll(s, "a", "b")
	return n + len(u) + len(r) + len(j) + len(f) + len(tr) + len(rep)
}

func useStrconv(i int, s string) (int, error) { // ERROR  "leaking param: s"
	a := strconv.Itoa(i)
	v, err := strconv.Atoi(s)
	f, _ := strconv.ParseFloat(s, 64)
	q := strconv.Quote(s)
	b := strconv.FormatInt(int64(i), 16)
	return v + len(a) + int(f) + len(q) + len(b), err
}

func useBytes(p []byte) string { // ERROR  "p does not escape"
	var b bytes.Buffer // ERROR  "moved to heap: b"
	b.Write(p)
	b.WriteString("x")
	b.WriteByte('y')
	fmt.Fprintf(&b, "%d", len(p)) // ERROR  "\.\.\. argument does not escape" "len\(p\) escapes to heap"
	return b.String()
}

func useSort(xs []int, ss []string) { // ERROR  "leaking param: xs" "leaking param: ss"
	sort.Ints(xs)
	sort.Strings(ss)
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] }) // ERROR  "xs escapes to heap" "func literal does not escape"
	sort.Sort(byLen(ss)) // ERROR  "byLen\(ss\) escapes to heap"
	_ = sort.SearchInts(xs, 3)
}

func useErrors(err error) bool { // ERROR  "leaking param: err"
	w := fmt.Errorf("wrap: %w", err) // ERROR  "\.\.\. argument does not escape"
	var target *strconv.NumError // ERROR  "moved to heap: target"
	return errors.Is(w, ErrX) || errors.As(w, &target) || errors.Unwrap(w) != nil
}

func useUTF8(s string, p []byte) int { // ERROR  "s does not escape" "p does not escape"
	r, n := utf8.DecodeRuneInString(s)
	m := utf8.RuneCountInString(s)
	k := utf8.EncodeRune(p, r)
	return n + m + k + utf8.RuneLen(r)
}

func main() {
	fmt.Println(useStrings("a,b,c", "b")) // ERROR  "\.\.\. argument does not escape" `useStrings\("a,b,c", "b"\) escapes to heap`
	fmt.Println(useStrconv(42, "17")) // ERROR  "\.\.\. argument does not escape" "\.autotmp_0 escapes to heap"
	fmt.Println(useBytes([]byte("hi"))) // ERROR  "\.\.\. argument does not escape" `useBytes\(\(\[\]byte\)\("hi"\)\) escapes to heap` `\(\[\]byte\)\("hi"\) does not escape`
	xs := []int{3, 1, 2} // ERROR  "\[\]int\{\.\.\.\} escapes to heap"
	ss := []string{"ccc", "a", "bb"} // ERROR  "\[\]string\{\.\.\.\} escapes to heap"
	useSort(xs, ss)
	fmt.Println(xs, ss, useErrors(ErrX), useUTF8("héllo", make([]byte, 4))) // ERROR  "\.\.\. argument does not escape" "xs escapes to heap" "ss escapes to heap" "useErrors\(ErrX\) escapes to heap" `useUTF8\("héllo", make\(\[\]byte, 4\)\) escapes to heap` "make\(\[\]byte, 4\) does not escape"
	fmt.Fprintln(os.Stderr, "done") // ERROR  "\.\.\. argument does not escape" `"done" escapes to heap`
}
