package main

// Appending to a local slice that never leaves the function.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	println(len(s))
}
