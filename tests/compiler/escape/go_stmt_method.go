package main

type counter struct{ n int }

func (c *counter) run(done chan struct{}) {
	c.n++
	close(done)
}

// go with a method call: the receiver escapes.
func main() {
	c := counter{}
	done := make(chan struct{})
	go c.run(done)
	<-done
	println(c.n)
}
