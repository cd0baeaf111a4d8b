package main

type acc struct{ sum int }

// A directly called closure that writes through a captured pointer.
func main() {
	a := &acc{}
	for i := 0; i < 4; i++ {
		func() {
			a.sum += i
		}()
	}
	println(a.sum)
}
