package main

import "fmt"

// A slice of interfaces: each element is boxed.
func main() {
	a, b := 1, "two"
	vals := []interface{}{a, b, 3.0}
	fmt.Println(len(vals))
	for _, v := range vals {
		_ = v
	}
}
