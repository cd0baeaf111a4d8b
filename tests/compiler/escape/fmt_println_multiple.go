package main

import "fmt"

type T struct{ a, b int }

// fmt.Println with values of several kinds.
func main() {
	t := T{1, 2}
	p := &T{3, 4}
	s := []int{1, 2}
	m := map[string]int{"a": 1}
	fmt.Println(t, p, s, m, "x", 3)
}
