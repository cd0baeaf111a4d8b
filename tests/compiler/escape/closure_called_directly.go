package main

// A func literal called where it is written does not escape.
func main() {
	x := 1
	y := func(a int) int {
		x += a
		return x
	}(5)
	println(x, y)
}
