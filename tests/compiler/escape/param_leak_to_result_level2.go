package p

// Two dereferences between the parameter and the result: level=2.
func deref2(ppp ***int) *int {
	return **ppp
}

type node struct{ next *node }

func grand(n *node) *node {
	return n.next.next
}
