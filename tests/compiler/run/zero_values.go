// The zero value of every kind of type.
package main

import "fmt"

type S struct {
	I int
	F float64
	B bool
	T string
	P *int
	L []int
	M map[string]int
	C chan int
	E error
	A [2]byte
}

func main() {
	var s S
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Println(s.P == nil, s.L == nil, s.M == nil, s.C == nil, s.E == nil, len(s.T))
	var f func()
	var i interface{}
	fmt.Println(f == nil, i == nil, i)
	fmt.Printf("%q %v %v %d\n", s.T, s.F, s.B, s.A)
}
