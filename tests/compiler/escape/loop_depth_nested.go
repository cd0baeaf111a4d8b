package main

// Addresses flowing from an inner loop to the outer loop's variable.
func main() {
	var keep *int
	for i := 0; i < 2; i++ {
		var last *int
		for j := 0; j < 2; j++ {
			v := i + j
			last = &v
		}
		keep = last
	}
	println(*keep)
}
