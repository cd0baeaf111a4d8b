// Quicksort and mergesort on pseudo-random data from an LCG.
package main

import "fmt"

var seed uint32 = 12345

func rnd() int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % 1000
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func merge(a []int) []int {
	if len(a) < 2 {
		return a
	}
	l, r := merge(a[:len(a)/2]), merge(a[len(a)/2:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func main() {
	a := make([]int, 50)
	for i := range a {
		a[i] = rnd()
	}
	b := append([]int(nil), a...)
	quick(a)
	b = merge(b)
	same := true
	for i := range a {
		if a[i] != b[i] {
			same = false
		}
	}
	fmt.Println(a[:10], a[40:], same)
}
