// Deep recursion with arrays in each frame (stack growth in Go).
package main

import "fmt"

func deep(n int) int {
	var buf [16]int
	for i := range buf {
		buf[i] = n + i
	}
	if n == 0 {
		return buf[15]
	}
	return deep(n-1) + buf[0]%2
}

func main() {
	fmt.Println(deep(10000))
	fmt.Println(deep(50000))
}
