// Buffered channels: len, cap, and FIFO order.
package main

import "fmt"

func main() {
	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	c <- "c"
	fmt.Println(<-c, <-c, len(c))
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Printf("%q %v\n", v, ok)
}
