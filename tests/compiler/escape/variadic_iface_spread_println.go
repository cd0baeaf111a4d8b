package p

import "fmt"

// Passing a ...interface{} parameter on to fmt.Println.
func logf(args ...interface{}) {
	fmt.Println(args...)
}

func call(n int) {
	logf("n", n)
}
