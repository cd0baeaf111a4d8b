package main

var sink *int

// Taking the address of one element makes the whole array escape.
func main() {
	var a [3]int
	a[1] = 5
	sink = &a[1]
	println(*sink)
}
