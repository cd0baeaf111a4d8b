package main

// make(chan T, n) with a variable buffer size: channels get no -m line.
func main() {
	n := 3
	c := make(chan int, n)
	c <- 1
	println(len(c))
}
