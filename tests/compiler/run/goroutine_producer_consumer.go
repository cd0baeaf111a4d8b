// Producers allocate batches; one consumer sums them; GC runs meanwhile.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	batches := make(chan []int, 4)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				b := make([]int, 100)
				for j := range b {
					b[j] = p*1000 + i
				}
				batches <- b
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(batches)
	}()
	sum, n := 0, 0
	for b := range batches {
		for _, v := range b {
			sum += v
		}
		n++
		if n%40 == 0 {
			runtime.GC()
		}
	}
	fmt.Println(n, sum)
}
