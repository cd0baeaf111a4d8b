package p

// Receiving from a channel parameter.
func recvAll(c chan []int) int {
	n := 0
	for s := range c {
		n += len(s)
	}
	return n
}

func recvOne(c <-chan *int) *int {
	return <-c
}
