package main

// select over channels; values sent in cases.
func main() {
	a := make(chan int, 1)
	b := make(chan *int, 1)
	x := 5
	select {
	case a <- 1:
	case b <- &x:
	}
	select {
	case v := <-a:
		println(v)
	case p := <-b:
		println(*p)
	default:
	}
}
