package main

import "fmt"

// A closure boxed into an interface escapes.
func main() {
	n := 1
	f := func() int { return n }
	var i interface{} = f
	fmt.Println(i != nil)
}
