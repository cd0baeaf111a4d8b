// Goroutines that allocate, results gathered in order through channels.
package main

import "fmt"

type result struct {
	id  int
	sum int
}

func worker(id int, out chan<- result) {
	total := 0
	for i := 0; i < 200; i++ {
		s := make([]int, 64)
		for j := range s {
			s[j] = i + j + id
		}
		total += s[63]
	}
	out <- result{id, total}
}

func main() {
	const n = 8
	chans := make([]chan result, n)
	for i := range chans {
		chans[i] = make(chan result, 1)
		go worker(i, chans[i])
	}
	for _, c := range chans {
		r := <-c
		fmt.Println(r.id, r.sum)
	}
}
