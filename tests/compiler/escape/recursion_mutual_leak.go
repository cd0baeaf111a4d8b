package p

var sink *int

// A leak in one function of a cycle leaks the parameter of the other.
func ping(p *int, n int) {
	if n == 0 {
		sink = p
		return
	}
	pong(p, n-1)
}

func pong(q *int, n int) {
	ping(q, n)
}
