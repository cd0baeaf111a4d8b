package main

type job struct{ id, size int }

func handle(j job, out chan int) {
	out <- j.id * j.size
}

// Value arguments of a go statement are copied, nothing to move.
func main() {
	out := make(chan int, 1)
	go handle(job{2, 3}, out)
	println(<-out)
}
