// Slice growth: len and cap as append grows a slice (Go's growth policy).
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
	var b []byte
	for i := 0; i < 100; i++ {
		b = append(b, byte(i))
	}
	fmt.Println(len(b), cap(b))
}
