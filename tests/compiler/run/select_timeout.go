// select with time.After: a channel that never becomes ready times out.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	ready := make(chan int, 1)
	ready <- 9
	select {
	case v := <-ready:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
