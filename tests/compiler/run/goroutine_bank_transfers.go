// Concurrent transfers between accounts under one mutex keep the total fixed.
package main

import (
	"fmt"
	"sync"
)

type bank struct {
	mu       sync.Mutex
	accounts []int
}

func (b *bank) transfer(from, to, amount int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] >= amount {
		b.accounts[from] -= amount
		b.accounts[to] += amount
	}
}

func (b *bank) total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, a := range b.accounts {
		t += a
	}
	return t
}

func main() {
	b := &bank{accounts: []int{1000, 1000, 1000, 1000}}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				b.transfer((g+i)%4, (g+2*i+1)%4, i%50)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total:", b.total())
}
