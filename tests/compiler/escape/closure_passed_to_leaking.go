package main

var saved []func()

// A func literal handed to a function that stores it escapes.
func register(f func()) {
	saved = append(saved, f)
}

func main() {
	msg := "hello"
	n := 0
	register(func() {
		n++
		println(msg, n)
	})
	saved[0]()
}
