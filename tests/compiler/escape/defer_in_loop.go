package main

// A deferred closure inside a loop escapes (the defer record is heap-allocated).
func main() {
	n := 0
	for i := 0; i < 3; i++ {
		defer func() {
			n++
		}()
	}
	println(n)
}
