package p

var last *int

// Values received from a channel and stored in a global.
func drain(c chan *int) int {
	n := 0
	for p := range c {
		last = p
		n++
	}
	return n
}
