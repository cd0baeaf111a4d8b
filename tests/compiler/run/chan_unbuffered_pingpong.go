// Two goroutines hand a ball back and forth over unbuffered channels.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- bool) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= 6 {
			done <- true
			return
		}
		out <- b
	}
}

func main() {
	toPing := make(chan *ball)
	toPong := make(chan *ball)
	done := make(chan bool)
	go player("ping", toPing, toPong, done)
	go player("pong", toPong, toPing, done)
	toPing <- new(ball)
	<-done
}
