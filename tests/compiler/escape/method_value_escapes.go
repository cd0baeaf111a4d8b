package main

type acc struct{ n int }

func (a *acc) add(v int) { a.n += v }

var hook func(int)

// A method value stored in a global: the closure and the receiver escape.
func main() {
	a := &acc{}
	hook = a.add
	hook(4)
	println(a.n)
}
