package main

import "fmt"

// Constants boxed for fmt.Println.
func main() {
	fmt.Println(42, "const", true, 1.5)
}
