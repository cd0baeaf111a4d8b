// sync.Once runs its function exactly once across goroutines.
package main

import (
	"fmt"
	"sync"
)

var once sync.Once
var config map[string]string

func load() {
	fmt.Println("loading")
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
		}()
	}
	wg.Wait()
	once.Do(load)
	fmt.Println(config["mode"])
}
