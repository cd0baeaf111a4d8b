package main

type pair struct{ a, b int }

// Returning a struct by value copies it: nothing escapes.
func mk(a int) pair {
	p := pair{a, a * 2}
	return p
}

func main() {
	v := mk(3)
	println(v.a, v.b)
}
