package main

// An array literal is a value: no allocation.
func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 9
	println(a[0], b[0])
}
