// run

// A complete example from ../shared/seeds/004 (memory layout guide), verbatim below.

package main

import "fmt"

type Person struct {
    Name string
    Age  int
}

func createPerson(name string, age int) *Person {
    // This struct is allocated on the heap because we return a pointer
    person := &Person{
        Name: name,
        Age:  age,
    }
    return person // Pointer to heap-allocated memory
}

func demonstrateHeapAllocation() {
    // Slice allocated on heap (dynamic size)
    numbers := make([]int, 0, 10)
    
    // Map allocated on heap
    userDatabase := make(map[string]*Person)
    
    // Channel allocated on heap
    messageChan := make(chan string, 5)
    
    // Creating persons on heap
    for i := 0; i < 3; i++ {
        person := createPerson(fmt.Sprintf("User%d", i), 20+i)
        userDatabase[person.Name] = person
        numbers = append(numbers, person.Age)
    }
    
    // Send message through channel
    messageChan <- "Hello from heap!"
    
    fmt.Printf("Created %d users\n", len(userDatabase))
    fmt.Printf("Numbers: %v\n", numbers)
    
    // Receive from channel
    message := <-messageChan
    fmt.Println(message)
    
    // All heap-allocated memory will be cleaned up by garbage collector
    // when no longer referenced
}

func main() {
    demonstrateHeapAllocation()
    // Garbage collector may run here to clean up unused heap memory
}
