package main

// Closures inside closures share the outer variable.
func outer() func() func() int {
	n := 0
	return func() func() int {
		return func() int {
			n++
			return n
		}
	}
}

func main() {
	println(outer()()())
}
