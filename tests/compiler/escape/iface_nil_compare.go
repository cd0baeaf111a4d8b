package p

type I interface{ M() int }

// Comparing an interface with nil does not make it escape.
func isNil(i I) bool {
	return i == nil
}

func call(i I) int {
	if i != nil {
		return i.M()
	}
	return 0
}
