package main

// make inside a loop body, used only inside the body.
func main() {
	n := 0
	for i := 0; i < 3; i++ {
		buf := make([]byte, 8)
		buf[0] = byte(i)
		n += int(buf[0])
	}
	println(n)
}
