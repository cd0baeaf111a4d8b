package main

func show(p *int, s string) {
	println(*p, s)
}

// Arguments of a deferred call are evaluated at the defer.
func main() {
	x := 3
	defer show(&x, "done")
	x = 4
}
