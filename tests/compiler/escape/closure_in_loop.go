package main

// Func literals created in a loop and kept in a slice escape.
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		println(f())
	}
}
