package main

// A named result assigned the address of a local.
func named() (r *int) {
	v := 4
	r = &v
	return
}

func main() {
	println(*named())
}
