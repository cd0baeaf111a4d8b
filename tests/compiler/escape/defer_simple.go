package main

// A defer outside loops: its func literal does not escape.
func work() (r int) {
	x := 1
	defer func() {
		r += x
	}()
	return 10
}

func main() {
	println(work())
}
