// run

// A complete example from ../shared/seeds/004 (memory layout guide), verbatim below.

package main

import "fmt"

// These global variables are stored in Data Segment
var globalCounter int = 0        // Initialized data segment
var globalMessage string         // Uninitialized data segment (BSS)
var applicationName = "MyApp"    // Initialized data segment

func incrementCounter() {
    globalCounter++ // Accessing Data Segment variable
}

func main() {
    globalMessage = "Welcome!"
    incrementCounter()
    fmt.Printf("%s: Counter = %d, Message = %s\n", 
               applicationName, globalCounter, globalMessage)
}
