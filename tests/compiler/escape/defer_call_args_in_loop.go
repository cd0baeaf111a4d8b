package main

func show(p *int) {
	println(*p)
}

// Deferred calls in a loop: their arguments escape.
func main() {
	for i := 0; i < 2; i++ {
		v := i
		defer show(&v)
	}
}
