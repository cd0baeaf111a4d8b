package main

// Storing &x through an out-parameter: x escapes, the parameter does not.
func fill(pp **int) {
	x := 9
	*pp = &x
}

func main() {
	var p *int
	fill(&p)
	println(*p)
}
