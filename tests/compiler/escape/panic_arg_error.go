package p

import "errors"

// Panicking with an error value.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

func fail() {
	panic(errors.New("fail"))
}
