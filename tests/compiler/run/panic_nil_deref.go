// Dereferencing a nil pointer panics.
package main

import "fmt"

type node struct{ next *node }

func main() {
	n := &node{}
	fmt.Println(n.next == nil)
	fmt.Println(n.next.next)
}
