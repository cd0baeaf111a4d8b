package main
func main() {
	x := 0x_1p
	y := "abc
}
