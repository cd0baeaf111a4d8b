package main

// A non-constant size hint for a local map.
func count(n int) int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return len(m)
}

func main() {
	println(count(3))
}
