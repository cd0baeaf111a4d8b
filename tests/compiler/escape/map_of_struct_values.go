package main

type pt struct{ x, y int }

// Struct values stored in a map are copied; no pointer escapes.
func main() {
	m := map[string]pt{}
	m["o"] = pt{0, 0}
	m["a"] = pt{1, 2}
	println(m["a"].y)
}
