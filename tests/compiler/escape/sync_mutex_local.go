package main

import "sync"

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

// A mutex inside a local struct.
func main() {
	var c counter
	c.inc()
	println(c.n)
}
