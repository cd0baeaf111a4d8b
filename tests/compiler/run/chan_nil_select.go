// A nil channel blocks forever, so select ignores its cases.
package main

import "fmt"

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func feed(vals ...int) <-chan int {
	c := make(chan int, len(vals))
	for _, v := range vals {
		c <- v
	}
	close(c)
	return c
}

func main() {
	out := merge(feed(1, 3, 5), feed(2, 4))
	sum := 0
	for _, v := range out {
		sum += v
	}
	fmt.Println(len(out), sum)
}
