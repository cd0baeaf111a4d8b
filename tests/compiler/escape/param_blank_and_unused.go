package p

// Unused and blank parameters do not escape.
func ignore(_ *int, q *int, s []string) int {
	return 0
}
