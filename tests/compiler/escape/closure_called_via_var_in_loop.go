package main

// A func literal kept in a variable and called in a loop.
func main() {
	acc := 0
	step := func(i int) { acc += i }
	for i := 0; i < 4; i++ {
		step(i)
	}
	println(acc)
}
