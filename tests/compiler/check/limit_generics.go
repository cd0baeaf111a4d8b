// gomem's type checker does not support generics (issue 5): it says so at
// each generic declaration and checks everything else.
package main

type List[T any] struct{ items []T }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	var x int = "not an int"
	_ = x
}
