// run

// os.Environ, Setenv, Unsetenv, LookupEnv and Getenv. Only variables the
// test sets itself are printed, so the output does not depend on the
// environment it runs in.
package main

import (
	"fmt"
	"os"
	"strings"
)

// find returns the entries of os.Environ() for key, and their positions.
func find(key string) ([]string, []int) {
	var found []string
	var at []int
	for i, kv := range os.Environ() {
		if strings.HasPrefix(kv, key+"=") {
			found = append(found, kv)
			at = append(at, i)
		}
	}
	return found, at
}

func main() {
	env := os.Environ()
	well := true
	for _, kv := range env {
		well = well && strings.Contains(kv, "=")
	}
	fmt.Println("every entry has '=':", well)

	v, ok := os.LookupEnv("GOSUB_ENVIRON_TEST")
	fmt.Printf("before: %q %v %q\n", v, ok, os.Getenv("GOSUB_ENVIRON_TEST"))

	fmt.Println(os.Setenv("GOSUB_ENVIRON_TEST", "one"))
	found, at := find("GOSUB_ENVIRON_TEST")
	fmt.Println(found, len(os.Environ()) == len(env)+1, at[0] == len(env))
	v, ok = os.LookupEnv("GOSUB_ENVIRON_TEST")
	fmt.Printf("set: %q %v %q\n", v, ok, os.Getenv("GOSUB_ENVIRON_TEST"))

	// setting it again keeps its place
	fmt.Println(os.Setenv("GOSUB_ENVIRON_TEST", "two=2"))
	found, at2 := find("GOSUB_ENVIRON_TEST")
	fmt.Println(found, at2[0] == at[0], os.Getenv("GOSUB_ENVIRON_TEST"))

	// a prefix or an extension of the name is another variable
	fmt.Printf("%q %q\n", os.Getenv("GOSUB_ENVIRON_TES"), os.Getenv("GOSUB_ENVIRON_TEST2"))

	// an empty value is set all the same
	fmt.Println(os.Setenv("GOSUB_ENVIRON_EMPTY", ""))
	v, ok = os.LookupEnv("GOSUB_ENVIRON_EMPTY")
	found, _ = find("GOSUB_ENVIRON_EMPTY")
	fmt.Printf("empty: %q %v %q\n", v, ok, found)

	// Environ returns a copy
	e := os.Environ()
	for i := range e {
		e[i] = "changed"
	}
	fmt.Println(os.Getenv("GOSUB_ENVIRON_TEST"), os.Environ()[0] != "changed")

	fmt.Println(os.Unsetenv("GOSUB_ENVIRON_TEST"), os.Unsetenv("GOSUB_ENVIRON_NEVER_SET"))
	found, _ = find("GOSUB_ENVIRON_TEST")
	v, ok = os.LookupEnv("GOSUB_ENVIRON_TEST")
	fmt.Printf("unset: %q %q %v\n", found, v, ok)
	fmt.Println(os.Unsetenv("GOSUB_ENVIRON_EMPTY"), len(os.Environ()) == len(env))

	// names and values the environment cannot hold
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Setenv("A\x00B", "x"))
	fmt.Println(os.Setenv("GOSUB_ENVIRON_NUL", "a\x00b"))
	v, ok = os.LookupEnv("GOSUB_ENVIRON_NUL")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv("A\x00B"), os.Unsetenv(""), len(os.Environ()) == len(env))
}
