package p

// A concatenation that is returned escapes.
func greet(name string) string {
	return "hello, " + name
}

func join3(a, b, c string) string {
	return a + "/" + b + "/" + c
}
