package main

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

// Calling a method through an interface: the receiver leaks (unknown callee).
func measure(s shape) int {
	return s.area()
}

func main() {
	println(measure(sq{3}))
}
