// run

// A complete example from ../shared/seeds/004 (memory layout guide), verbatim below.

package main

import "fmt"

// Global variable - Data Segment
var globalVar = "I'm in Data Segment"

func memoryDemo() {
    // Local variables - Stack
    localInt := 42
    localString := "I'm on Stack"
    
    // Slice with known size - might be on Stack
    smallArray := [3]int{1, 2, 3}
    
    // Dynamic slice - backing array on Heap
    dynamicSlice := make([]int, 0, 100)
    
    // Map - always on Heap
    heapMap := make(map[string]int)
    
    // Pointer to heap allocation
    heapInt := new(int)
    *heapInt = 99
    
    fmt.Printf("Local int: %d (Stack)\n", localInt)
    fmt.Printf("Local string: %s (Stack)\n", localString)
    fmt.Printf("Small array: %v (Stack)\n", smallArray)
    fmt.Printf("Dynamic slice capacity: %d (backing array on Heap)\n", cap(dynamicSlice))
    fmt.Printf("Map: %v (Heap)\n", heapMap)
    fmt.Printf("Heap int: %d (Heap)\n", *heapInt)
    fmt.Printf("Global var: %s (Data Segment)\n", globalVar)
}

func main() {
    memoryDemo()
}
