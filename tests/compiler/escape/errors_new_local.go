package main

import "errors"

var errBad = errors.New("bad")

// Comparing errors; errors.New at package level and in a function.
func check(n int) error {
	if n < 0 {
		return errBad
	}
	if n == 0 {
		return errors.New("zero")
	}
	return nil
}

func main() {
	println(check(-1) == errBad, errors.Is(check(0), errBad))
}
