// A buffered channel as a counting semaphore bounds concurrency.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	var wg sync.WaitGroup
	active, peak, done := 0, 0, 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			buf := make([]int, 1000)
			buf[999] = 1
			mu.Lock()
			active--
			done += buf[999]
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("done:", done, "peak within limit:", peak <= limit)
}
