package main

// A local map literal holding addresses of locals.
func main() {
	a, b := 1, 2
	m := map[string]*int{"a": &a, "b": &b}
	println(*m["a"] + *m["b"])
}
