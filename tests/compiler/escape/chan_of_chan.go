package main

// A channel sent on another channel.
func main() {
	reqs := make(chan chan int, 1)
	reply := make(chan int, 1)
	reqs <- reply
	r := <-reqs
	r <- 3
	println(<-reply)
}
