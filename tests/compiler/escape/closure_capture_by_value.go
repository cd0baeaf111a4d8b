package main

// A small variable never reassigned is captured by value: it stays put
// even though the closure escapes.
func adder(k int) func(int) int {
	base := k * 2
	return func(x int) int {
		return x + base
	}
}

func main() {
	println(adder(3)(4))
}
