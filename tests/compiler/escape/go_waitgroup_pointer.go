package main

import "sync"

func work(id int, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	out[id] = id * 10
}

// A WaitGroup passed by pointer to goroutines moves to the heap.
func main() {
	var wg sync.WaitGroup
	out := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go work(i, &wg, out)
	}
	wg.Wait()
	println(out[3])
}
