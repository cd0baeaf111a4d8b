package main

import "fmt"

type pair struct {
	a any
	b int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
	fmt.Println(name + ": no panic")
}

func main() {
	var m map[any]int
	var ps map[pair]string
	var arr map[[2]any]bool
	try("nil map read, hashable key", func() { fmt.Println(m[1], m["x"]) })
	try("nil map read, slice key", func() { _ = m[[]int{1}] })
	try("nil map comma-ok, map key", func() { v, ok := m[map[int]int{}]; fmt.Println(v, ok) })
	try("nil map delete, func key", func() { delete(m, func() {}) })
	try("nil map read, struct with slice", func() { _ = ps[pair{[]byte("x"), 1}] })
	try("nil map read, struct hashable", func() { fmt.Printf("%q\n", ps[pair{"x", 1}]) })
	try("nil map read, array with slice", func() { _ = arr[[2]any{1, []int{}}] })
	try("nil map write", func() { m[[]int{1}] = 1 })
	e := map[interface{}]int{}
	try("empty map read, slice key", func() { _ = e[[]int{1}] })
	fmt.Println(len(m), len(e))
}
