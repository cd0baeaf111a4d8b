// fmt with structs, pointers to structs, nested values and %T.
package main

import "fmt"

type point struct {
	X, Y int
}

type line struct {
	A, B  point
	Label string
	Tags  []string
}

func main() {
	p := point{1, 2}
	l := line{point{0, 0}, point{3, 4}, "diag", []string{"x"}}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Printf("%v %+v\n", &p, &l)
	fmt.Printf("%T %T %T %T %T\n", p, &p, l.Tags, 3.0, map[string]int{})
	fmt.Printf("%T %T %T\n", nil, error(nil), struct{}{})
	fmt.Println(p, []point{{1, 1}, {2, 2}}, [2]bool{true})
	var np *point
	fmt.Println(np == nil, fmt.Sprint(np))
}
