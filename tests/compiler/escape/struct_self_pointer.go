package main

type node struct {
	v    int
	self *node
}

// A local struct holding a pointer to itself.
func main() {
	var n node
	n.self = &n
	n.v = 3
	println(n.self.v)
}
