package main

// A map made and used only locally does not escape.
func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	println(len(m), m["a"])
}
