// sync.Mutex protecting a counter shared by many goroutines.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	c := counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if (i+j)%2 == 0 {
					c.inc("even")
				} else {
					c.inc("odd")
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m["even"], c.m["odd"])
}
