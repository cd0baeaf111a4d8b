package main

func count(xs ...string) int {
	return len(xs)
}

// Passing an existing slice with ... creates no new slice.
func main() {
	words := []string{"a", "b"}
	println(count(words...), count())
}
