// Receiving on a channel nobody sends on: Go reports a deadlock, exit 2.
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting")
	<-c
}
