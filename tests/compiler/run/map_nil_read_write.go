// Reading a nil map is fine; writing to it panics (exit 2).
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	for range m {
		fmt.Println("never")
	}
	m["x"] = 1
	fmt.Println("unreachable")
}
