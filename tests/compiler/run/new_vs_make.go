// new allocates zeroed memory; make builds an initialised slice, map or channel.
package main

import "fmt"

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 5
	ps := new([]int)
	fmt.Println(*ps == nil, len(*ps))
	*ps = append(*ps, 1)
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	pm := new(map[string]int)
	fmt.Println(*pm == nil)
	m := make(map[string]int, 10)
	m["a"] = *p
	fmt.Println(m, len(m))
	c := make(chan int, 2)
	c <- 1
	fmt.Println(len(c), cap(c), *ps)
	type pt struct{ x, y int }
	q := new(pt)
	r := &pt{}
	fmt.Println(*q == *r, q != r)
}
