package main

type empty struct{}

func (empty) M() {}

type I interface{ M() }

var sink I

// Boxing zero-sized values needs no allocation.
func main() {
	var e empty
	sink = e
	sink.M()
}
