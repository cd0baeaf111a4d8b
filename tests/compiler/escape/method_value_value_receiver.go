package main

type T struct{ a, b int }

func (t T) sum() int { return t.a + t.b }

var hook func() int

// A method value with a value receiver copies the receiver into the closure.
func main() {
	t := T{1, 2}
	f := t.sum
	println(f())
	hook = t.sum
	println(hook())
}
