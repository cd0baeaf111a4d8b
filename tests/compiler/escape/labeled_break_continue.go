package main

// Labeled loops: the loop depth counts each loop, labels do not matter.
func main() {
	var found *int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			v := i*10 + j
			if i == 2 {
				found = &v
				break outer
			}
		}
	}
	println(found != nil)
}
