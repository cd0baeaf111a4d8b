package p

// A two-dimensional slice built with make in a loop.
func grid(w, h int) [][]int {
	g := make([][]int, h)
	for i := range g {
		g[i] = make([]int, w)
	}
	return g
}
