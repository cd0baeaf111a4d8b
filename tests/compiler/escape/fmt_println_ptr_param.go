package p

import "fmt"

type T struct{ v int }

// A pointer parameter printed with fmt leaks.
func show(t *T) {
	fmt.Println(t)
}

func showVal(t *T) {
	fmt.Println(t.v)
}
