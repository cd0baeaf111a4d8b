package main

type perr struct{ code int }

// Panicking with a pointer to a local moves it to the heap.
func main() {
	defer func() {
		recover()
	}()
	e := perr{3}
	panic(&e)
}
