package main

import "strconv"

// strconv.Itoa results used locally and returned.
func label(n int) string {
	return "n=" + strconv.Itoa(n)
}

func main() {
	s := label(4)
	v, err := strconv.Atoi("12")
	println(s, v, err == nil)
}
