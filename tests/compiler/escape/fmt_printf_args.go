package main

import "fmt"

// fmt.Printf: the format string does not escape, the arguments do.
func main() {
	n, f := 3, 0.5
	name := "go"
	fmt.Printf("%d %f %s\n", n, f, name)
}
