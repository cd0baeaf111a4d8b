// Sending on a closed channel panics (recovered here, then re-raised).
package main

import "fmt"

func trySend(c chan int, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	c <- v
	return nil
}

func main() {
	c := make(chan int, 2)
	fmt.Println(trySend(c, 1))
	close(c)
	fmt.Println(trySend(c, 2))
	c <- 3
}
