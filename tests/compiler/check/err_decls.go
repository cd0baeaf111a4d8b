package main

import "fmt"

type T struct{ x int }

func (t T) M()  {}
func (t *T) M() {}

type T struct{}

var a, b = 1

const k int = "s"

func f(x int, x string) {}

func main() {
	var v T
	v.x = "s"
	v.nope()
	fmt.Println(v)
	var arr [2]int
	arr[5] = 1
	var s []int = arr
	_ = s
}
