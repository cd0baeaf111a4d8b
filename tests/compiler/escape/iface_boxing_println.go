package main

import "fmt"

// Arguments to fmt.Println are boxed into interfaces that escape.
func main() {
	x := 1
	s := "hi"
	f := 2.5
	fmt.Println(x, s, f)
}
