package main

// A map of slices that stays local.
func main() {
	m := map[int][]int{}
	m[1] = append(m[1], 1)
	m[1] = append(m[1], 2)
	println(len(m[1]))
}
