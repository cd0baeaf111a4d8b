package main

import "fmt"

// g(f()) with f multi-valued: gc's front end puts f's results into
// temporaries (.autotmp_N) and prints the call as written, except copy and
// complex, which it rebuilds over the temporaries.

func pair() ([]int, int)          { return make([]int, 1, 4), 2 }
func slices() ([]int, []int)      { return []int{1, 2}, []int{3} }
func table() (map[int]int, int)   { return map[int]int{1: 1}, 1 }
func floats() (float64, float64)  { return 1, 2 }
func ptrs() ([]*int, *int)        { x := 1; return nil, &x }
func two() (int, int)             { return 1, 2 }
func named() (string, int, int)   { return "n", 1, 2 }
func add(a, b int) int            { return a + b }
func count(xs ...int) int         { return len(xs) }
func label(s string, xs ...int) int { return len(s) + len(xs) }

var sink []*int

func main() {
	fmt.Println(append(pair()))
	fmt.Println(copy(slices()))
	delete(table())
	fmt.Println(complex(floats()))
	sink = append(ptrs())
	fmt.Println(add(two()))
	fmt.Println(count(two()))
	fmt.Println(label(named()))
	fmt.Println(count(), label("x"))
}
