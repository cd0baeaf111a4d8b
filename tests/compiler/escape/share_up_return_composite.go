package main

type point struct{ x, y int }

// &T{...} returned to the caller escapes.
func mk(x, y int) *point {
	return &point{x, y}
}

func main() {
	p := mk(1, 2)
	println(p.x + p.y)
}
