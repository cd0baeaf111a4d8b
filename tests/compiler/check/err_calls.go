package main

import "strings"

func two(a, b int) int { return a + b }

func main() {
	_ = two(1)
	_ = two(1, 2, 3)
	_ = two("a", 2)
	_ = strings.Repeat("a")
	_ = len(1)
	_ = make(int)
	_ = append(1, 2)
	var f func(int)
	_ = f(1)
	new(int)
	x := 5
	x()
}
