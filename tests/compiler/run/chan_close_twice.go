// Closing a closed channel panics; receiving from it does not.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 5
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	close(c)
}
