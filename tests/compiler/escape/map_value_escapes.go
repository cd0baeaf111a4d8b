package main

// Values stored in a map escape (the map may be on the heap).
func main() {
	m := make(map[string]*int)
	x := 1
	m["x"] = &x
	println(*m["x"])
}
