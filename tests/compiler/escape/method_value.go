package main

type acc struct{ n int }

func (a *acc) add(v int) { a.n += v }

// A method value bound to a local and called locally.
func main() {
	a := acc{}
	f := a.add
	f(2)
	f(3)
	println(a.n)
}
