package main

type rec struct{ data [8192]int }

// A small constant length of a large element type exceeds 64 KiB.
func main() {
	s := make([]rec, 2)
	t := make([]rec, 1)
	s[1].data[0] = 1
	t[0].data[0] = 2
	println(s[1].data[0] + t[0].data[0])
}
