package main

// A pointer sent on a channel escapes.
func main() {
	c := make(chan *int, 1)
	x := 5
	c <- &x
	println(*<-c)
}
