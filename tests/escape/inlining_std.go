// errorcheck -0 -m

// Calls into the standard packages that gc inlines: gosub's packages are
// its own code, but these functions are shaped so that the same calls
// inline, and what they allocate is reported where gc reports it.

package p

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

func nan() bool { return math.IsNaN(math.NaN()) } // ERROR  "can inline nan" "inlining call to math\.NaN" "inlining call to math\.Float64frombits" "inlining call to math\.IsNaN"

func sign(x float64) bool { return math.Signbit(math.Copysign(x, -1)) } // ERROR  "can inline sign" "inlining call to math\.Copysign" "inlining call to math\.Float64bits" "inlining call to math\.Float64frombits" "inlining call to math\.Signbit"

func inf(s int) bool { return math.IsInf(math.Inf(s), s) } // ERROR  "can inline inf" "inlining call to math\.Inf" "inlining call to math\.Float64frombits" "inlining call to math\.IsInf"

func bits(x float64) uint64 { return math.Float64bits(x) ^ math.Float64bits(-x) } // ERROR  "can inline bits" "inlining call to math\.Float64bits"

func fail() error { return errors.New("failed") } // ERROR  "can inline fail" "inlining call to errors\.New" "&errors\.errorString\{\.\.\.\} escapes to heap"

func build(words []string) string { // ERROR  "can inline build" "words does not escape"
	var sb strings.Builder
	for _, w := range words {
		sb.WriteString(w) // ERROR  "inlining call to strings\.\(\*Builder\)\.WriteString" "inlining call to strings\.\(\*Builder\)\.copyCheck" "inlining call to strings\.noescape" `\(interface \{\}\)\(string\("strings: illegal use of non-zero Builder copied by value"\)\) escapes to heap`
	}
	return sb.String() // ERROR  "inlining call to strings\.\(\*Builder\)\.String"
}

func show(x int, s string) { // ERROR  "leaking param: s"
	fmt.Println(x, s) // ERROR  "inlining call to fmt\.Println" "\.\.\. argument does not escape" "x escapes to heap" "s escapes to heap"
	fmt.Printf("%d %s\n", x, s) // ERROR  "inlining call to fmt\.Printf" "\.\.\. argument does not escape" "x escapes to heap" "s escapes to heap"
	fmt.Print(x) // ERROR  "inlining call to fmt\.Print" "\.\.\. argument does not escape" "x escapes to heap"
}
