package main

// A pointer to a pointer, all local.
func main() {
	x := 1
	p := &x
	pp := &p
	**pp = 2
	println(x)
}
