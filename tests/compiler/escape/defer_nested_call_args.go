package main

import "fmt"

// go/defer copy only the deferred call's own arguments into temporaries
// the wrapper captures: a call nested in an argument, and g() of f(g())
// (hoisted by gc's front end before the statement), is evaluated at the
// statement like any call, so its own arguments are not wrapped.

var calls int

func pair(tag string) (string, int) { calls++; return tag, calls }
func show(s string, n int)          { fmt.Println(s, n) }
func count(xs ...int) int           { return len(xs) }

func main() {
	for i := 0; i < 2; i++ {
		defer show(pair(fmt.Sprint("loop", i)))
		defer show(fmt.Sprint("x", i), 1)
		defer fmt.Println(count(i, i), []int{i})
	}
	defer show(pair(fmt.Sprint(pair("once"))))
}
