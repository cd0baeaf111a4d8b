package main

import "fmt"

func main() {
	x := 1
	fmt.Println(y)
	z.f = 2
	var s string = x
	fmt.Printn("x")
	_ = undefinedFunc(x)
}
