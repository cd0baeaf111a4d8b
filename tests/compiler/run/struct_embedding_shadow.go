// Embedded fields, promotion, and shadowing by an outer field or method.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }
func (a Animal) Kind() string  { return "animal" }

type Dog struct {
	Animal
	Name string
}

func (d Dog) Speak() string { return d.Name + " barks (" + d.Animal.Name + ")" }

func main() {
	d := Dog{Animal{"generic"}, "rex"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	fmt.Println(d.Kind(), d.Name, d.Animal.Name)
	fmt.Printf("%+v\n", d)
}
