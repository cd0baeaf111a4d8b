package main

func fill(p *[100000]byte) {
	p[0] = 1
}

// A large declared array (under 10 MiB) whose address is only passed down.
func main() {
	var a [100000]byte
	fill(&a)
	println(a[0])
}
