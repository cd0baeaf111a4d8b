// make with a negative length computed at run time panics.
package main

import "fmt"

func mk(n int) []int {
	return make([]int, n)
}

func main() {
	fmt.Println(len(mk(3)))
	fmt.Println(len(mk(-1)))
}
