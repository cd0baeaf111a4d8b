// Deferred calls run last-in first-out; arguments are evaluated at defer time.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x was", x)
	x = 20
	defer func() { fmt.Println("x is", x) }()
	fmt.Println("body done")
}
