package main

// A captured variable larger than 128 bytes is captured by reference.
func mk() func() int {
	var big [32]int
	big[3] = 9
	return func() int {
		return big[3]
	}
}

func main() {
	println(mk()())
}
