package p

// copy reads src and writes dst's backing array: neither escapes.
func dup(dst, src []int) int {
	return copy(dst, src)
}

func clone(src []*int) []*int {
	dst := make([]*int, len(src))
	copy(dst, src)
	return dst
}
