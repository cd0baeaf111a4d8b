package p

type node struct {
	val  int
	next *node
}

type list struct{ head *node }

// Pushing onto a linked list: the new node escapes through the receiver.
func (l *list) push(v int) {
	l.head = &node{val: v, next: l.head}
}

func (l *list) sum() int {
	s := 0
	for n := l.head; n != nil; n = n.next {
		s += n.val
	}
	return s
}
