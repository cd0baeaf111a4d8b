// Matrix multiplication with slices of slices.
package main

import "fmt"

func newMatrix(r, c int) [][]int {
	m := make([][]int, r)
	for i := range m {
		m[i] = make([]int, c)
	}
	return m
}

func mul(a, b [][]int) [][]int {
	out := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func main() {
	a := [][]int{{1, 2, 3}, {4, 5, 6}}
	b := [][]int{{7, 8}, {9, 10}, {11, 12}}
	for _, row := range mul(a, b) {
		fmt.Println(row)
	}
	id := newMatrix(3, 3)
	for i := range id {
		id[i][i] = 1
	}
	fmt.Println(id)
}
