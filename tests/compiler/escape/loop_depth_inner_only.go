package main

type pt struct{ x, y int }

// Allocations inside a loop that stay inside the body do not escape.
func main() {
	sum := 0
	for i := 0; i < 3; i++ {
		p := &pt{i, i}
		q := new(int)
		*q = p.x + p.y
		sum += *q
	}
	println(sum)
}
