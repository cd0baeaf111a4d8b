// Closures allocated in a loop, each capturing its own state.
package main

import "fmt"

func makeAdders(n int) []func(int) int {
	fs := make([]func(int) int, 0, n)
	for i := 0; i < n; i++ {
		k := i
		fs = append(fs, func(x int) int { return x + k })
	}
	return fs
}

func main() {
	total := 0
	for round := 0; round < 100; round++ {
		for _, f := range makeAdders(50) {
			total += f(round)
		}
	}
	fmt.Println(total)
}
