package main

// A func literal passed to a function that only calls it does not escape.
func apply(f func(int) int, v int) int {
	return f(v)
}

func main() {
	k := 3
	r := apply(func(x int) int { return x * k }, 5)
	println(r)
}
