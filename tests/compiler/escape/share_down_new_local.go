package main

// new(T) used only inside its function stays on the stack.
func main() {
	p := new(int)
	*p = 3
	q := new([4]int)
	q[1] = *p
	println(q[1])
}
