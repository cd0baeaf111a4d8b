package main

func worker(p *int, done chan bool) {
	*p++
	done <- true
}

// Arguments of a go statement escape: the goroutine may outlive the caller.
func main() {
	x := 0
	done := make(chan bool)
	go worker(&x, done)
	<-done
	println(x)
}
