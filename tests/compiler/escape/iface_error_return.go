package main

import "errors"

type myErr struct{ code int }

func (e *myErr) Error() string { return "code" }

// Errors returned as interfaces escape.
func fail(c int) error {
	if c == 0 {
		return errors.New("zero")
	}
	return &myErr{c}
}

func main() {
	println(fail(1) != nil)
}
