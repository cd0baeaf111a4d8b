package main
func main() {
	x y
	var a = 
}
