package main

// make with a constant length that does not escape stays on the stack.
func main() {
	s := make([]int, 10)
	s[3] = 4
	t := make([]byte, 0, 32)
	t = append(t, 'a')
	println(s[3], len(t))
}
