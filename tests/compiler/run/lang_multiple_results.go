// Multiple results, named results, blank identifiers and variadics.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(xs ...int) (min, max int) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	fmt.Println(minmax(3, 9, -2, 7))
	fmt.Println(minmax())
	xs := []int{4, 1}
	fmt.Println(minmax(xs...))
}
