package main

// A func literal assigned to a local and called locally does not escape.
func main() {
	total := 0
	add := func(v int) {
		total += v
	}
	add(1)
	add(2)
	println(total)
}
