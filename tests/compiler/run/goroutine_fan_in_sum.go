// Many goroutines sum disjoint ranges; the total is independent of scheduling.
package main

import "fmt"

func main() {
	const workers, per = 16, 10000
	results := make(chan int)
	for w := 0; w < workers; w++ {
		go func(lo int) {
			s := 0
			for i := lo; i < lo+per; i++ {
				s += i
			}
			results <- s
		}(w * per)
	}
	total := 0
	for w := 0; w < workers; w++ {
		total += <-results
	}
	fmt.Println(total, workers*per*(workers*per-1)/2)
}
