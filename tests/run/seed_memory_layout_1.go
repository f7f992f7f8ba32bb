// run

// A complete example from ../shared/seeds/004 (memory layout guide), verbatim below.

package main

import "fmt"

// This function code goes to Code Segment
func calculateArea(length, width float64) float64 {
    return length * width
}

func main() {
    // String literal "Hello, World!" is stored in Code Segment
    message := "Hello, World!"
    
    // Numeric constant 3.14 is stored in Code Segment
    pi := 3.14
    
    fmt.Println(message, pi)
}
