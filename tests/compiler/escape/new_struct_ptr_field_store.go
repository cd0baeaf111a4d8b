package main

type T struct{ next *T }

// A chain of new(T) linked locally, nothing leaves main.
func main() {
	a := new(T)
	b := new(T)
	a.next = b
	b.next = a
	println(a.next.next == a)
}
