package main

// A recursive func literal assigned to a variable declared before it.
func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(5))
}
