package main

// Addresses of loop variables appended to an outer slice.
func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		v := i * 2
		ps = append(ps, &v)
	}
	println(len(ps), *ps[2])
}
