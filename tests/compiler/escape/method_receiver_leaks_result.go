package p

type list struct {
	head *elem
}

type elem struct{ v int }

// A pointer receiver leaking to the result.
func (l *list) first() *elem {
	return l.head
}

func (l *list) self() *list {
	return l
}
