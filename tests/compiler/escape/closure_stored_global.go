package main

var hook func() int

// A closure stored in a global escapes, and so do the variables it shares.
func install() {
	calls := 0
	hook = func() int {
		calls++
		return calls
	}
}

func main() {
	install()
	println(hook())
}
