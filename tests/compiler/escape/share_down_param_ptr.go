package main

// Sharing down: a pointer passed to a callee that only reads it.
func read(p *int) int {
	return *p + 1
}

func main() {
	x := 10
	println(read(&x))
}
