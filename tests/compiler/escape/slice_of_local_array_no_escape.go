package main

// Slicing a local array that stays local: no escape.
func sum(s []int) int {
	n := 0
	for _, v := range s {
		n += v
	}
	return n
}

func main() {
	var a [8]int
	a[2] = 5
	println(sum(a[:]))
}
