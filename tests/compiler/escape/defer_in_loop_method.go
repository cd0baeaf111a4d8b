package main

import "sync"

// defer of a method call inside a loop.
func main() {
	var mu sync.Mutex
	for i := 0; i < 2; i++ {
		mu.Lock()
		defer mu.Unlock()
	}
}
