package main

import "fmt"

// An elided &[]T{...} or &map[K]V{...} inside an outer literal is two
// allocations: the pointer's cell and the slice's array (or the map).
// Here the cells stay on the stack while the arrays and maps escape
// (returned through the cells); both must be kept where escape analysis
// puts them, and the values must survive the callers' frames.

func bytesOf(n byte) []byte {
	cells := []*[]byte{{n, n + 1, n + 2}}
	return *cells[0]
}

func mapOf(k int) map[int]string {
	cells := [2]*map[int]string{{k: "one"}, {k + 1: "two"}}
	return *cells[1]
}

func clobber(n int) int {
	var a [256]int
	for i := range a {
		a[i] = n * i
	}
	return a[n%256]
}

func main() {
	var keep [][]byte
	var maps []map[int]string
	for i := 0; i < 4; i++ {
		keep = append(keep, bytesOf(byte(10*i)))
		maps = append(maps, mapOf(i))
		clobber(i)
	}
	for i := range keep {
		fmt.Println(keep[i], maps[i][i+1], len(maps[i]))
	}
}
