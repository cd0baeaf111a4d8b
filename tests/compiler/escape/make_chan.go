package main

// make(chan T) is always a heap allocation in the runtime, no -m line for it.
func main() {
	c := make(chan int, 1)
	c <- 1
	println(<-c)
}
