// Arrays are values: assignment and calls copy them.
package main

import "fmt"

func zero(a [3]int) { a[0] = 0 }

func zeroPtr(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	zero(a)
	fmt.Println(a, b)
	zeroPtr(&a)
	fmt.Println(a, a == [3]int{0, 2, 3})
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[1][1] = "X"
	fmt.Println(grid, g2, len(grid))
}
