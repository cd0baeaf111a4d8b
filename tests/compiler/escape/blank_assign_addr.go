package main

// Assigning to the blank identifier keeps nothing alive.
func main() {
	x := 1
	_ = &x
	s := []int{1, 2}
	_ = s
	println(x)
}
