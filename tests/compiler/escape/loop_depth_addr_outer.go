package main

// A variable declared inside a loop whose address is kept outside
// the loop body must live on the heap (each iteration has its own).
func main() {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	println(*p)
}
