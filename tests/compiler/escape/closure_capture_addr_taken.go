package main

// A variable whose address is taken is captured by reference.
func main() {
	v := 10
	p := &v
	f := func() int { return v + 1 }
	*p = 20
	println(f())
}
