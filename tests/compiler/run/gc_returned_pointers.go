// Pointers to locals returned from functions stay valid (they escaped).
package main

import "fmt"

type vec struct{ x, y int }

func newVec(x, y int) *vec {
	v := vec{x, y}
	return &v
}

func counterPtr() *int {
	n := 0
	return &n
}

func main() {
	vs := make([]*vec, 0)
	for i := 0; i < 5; i++ {
		vs = append(vs, newVec(i, i*i))
	}
	c := counterPtr()
	for _, v := range vs {
		*c += v.x + v.y
	}
	fmt.Println(*c, *vs[4])
	a, b := counterPtr(), counterPtr()
	*a = 1
	fmt.Println(*a, *b, a != b)
}
