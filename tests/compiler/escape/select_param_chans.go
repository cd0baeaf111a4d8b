package p

// select on parameter channels.
func first(a, b chan []byte, quit chan struct{}) []byte {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	case <-quit:
		return nil
	}
}
