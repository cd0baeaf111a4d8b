package p

// Two parameters flowing to two results at different levels.
func pair(pp **int, q *int) (*int, *int) {
	return *pp, q
}
