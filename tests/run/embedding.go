// run

// Embedded structs: promoted fields and methods, through values and pointers;
// a struct field of func type called like a method.
package main

import "fmt"

type Animal struct {
	Name string
	legs int
}

func (a *Animal) SetName(n string) { a.Name = n }
func (a Animal) Describe() string  { return fmt.Sprint(a.Name, " has ", a.legs, " legs") }

type Dog struct {
	Animal
	Breed string
}

type Kennel struct {
	*Dog
	size int
}

type op struct {
	f func(int) int
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.legs, d.Breed, d.Describe())
	d.SetName("max")
	fmt.Println(d.Animal.Name, d.Describe())
	k := Kennel{&d, 3}
	k.SetName("buddy")
	fmt.Println(k.Name, d.Name, k.Describe(), k.size)
	o := op{func(x int) int { return x * 3 }}
	fmt.Println(o.f(4))
	fmt.Printf("%v %+v\n", d, d)
}
