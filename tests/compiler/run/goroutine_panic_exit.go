// A panic in a goroutine other than main ends the program with status 2.
package main

import "fmt"

func main() {
	done := make(chan bool)
	fmt.Println("starting worker")
	go func() {
		var s []int
		_ = s
		panic(fmt.Sprintf("worker failed: %d", 42))
	}()
	<-done
}
