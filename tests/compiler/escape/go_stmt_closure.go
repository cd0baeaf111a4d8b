package main

// A func literal started by go escapes, and its captured variables.
func main() {
	res := make(chan int)
	base := 40
	go func() {
		res <- base + 2
	}()
	println(<-res)
}
