package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id    int
	words int
	upper string
}

func produce(texts []string) <-chan job {
	out := make(chan job)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- job{i, t}
		}
	}()
	return out
}

func work(in <-chan job, n int) <-chan result {
	out := make(chan result, 4)
	var wg sync.WaitGroup
	wg.Add(n)
	for w := 0; w < n; w++ {
		go func() {
			defer wg.Done()
			for j := range in {
				out <- result{j.id, len(strings.Fields(j.text)), strings.ToUpper(j.text)}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	texts := []string{"the quick brown fox", "jumps over", "the lazy dog", "", "a b c d e f", "go routines and channels"}
	results := make([]result, len(texts))
	for r := range work(produce(texts), 3) {
		results[r.id] = r
	}
	total := 0
	for _, r := range results {
		fmt.Printf("%d %2d %q\n", r.id, r.words, r.upper)
		total += r.words
	}
	fmt.Println("total words:", total)

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			ticks <- i * i
		}
		close(done)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-ticks:
			sum += v
		case <-done:
			break loop
		}
	}
	fmt.Println("sum of squares:", sum)
}
