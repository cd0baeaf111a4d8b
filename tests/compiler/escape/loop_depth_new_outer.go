package main

type node struct{ next *node }

// new inside a loop assigned to a variable outside the loop escapes.
func main() {
	var head *node
	for i := 0; i < 3; i++ {
		n := new(node)
		n.next = head
		head = n
	}
	println(head != nil)
}
