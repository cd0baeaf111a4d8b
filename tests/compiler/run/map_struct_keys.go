// Struct and array keys; a set built from a map to struct{}.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	grid := map[point]string{}
	grid[point{1, 2}] = "a"
	grid[point{2, 1}] = "b"
	grid[point{1, 2}] += "c"
	fmt.Println(len(grid), grid[point{1, 2}], grid[point{0, 0}] == "")
	seen := map[[2]int]struct{}{}
	for i := 0; i < 10; i++ {
		seen[[2]int{i % 3, i % 2}] = struct{}{}
	}
	fmt.Println(len(seen))
	_, has := seen[[2]int{2, 1}]
	fmt.Println(has)
}
