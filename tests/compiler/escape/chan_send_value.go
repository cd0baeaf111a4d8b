package p

type msg struct{ id, n int }

// Sending non-pointer values copies them: nothing escapes.
func send(c chan msg, id int) {
	m := msg{id, 1}
	c <- m
}

func sendPtr(c chan *msg, m *msg) {
	c <- m
}
