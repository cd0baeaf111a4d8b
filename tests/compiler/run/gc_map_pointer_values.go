// A map of pointers to large structs, replaced over and over.
package main

import (
	"fmt"
	"runtime"
)

type record struct {
	id      int
	payload [64]int
	tags    []string
}

func main() {
	m := map[int]*record{}
	for round := 0; round < 20; round++ {
		for k := 0; k < 100; k++ {
			r := &record{id: round*100 + k, tags: []string{"r", fmt.Sprint(round)}}
			r.payload[k%64] = round
			m[k] = r
		}
		if round%5 == 4 {
			runtime.GC()
		}
	}
	sum := 0
	for k := 0; k < 100; k++ {
		sum += m[k].id + m[k].payload[k%64]
	}
	fmt.Println(len(m), sum, m[42].tags)
}
