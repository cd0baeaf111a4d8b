package p

type T struct{ a, b int }

// Parameters that are only read do not escape.
func sum(p *T) int {
	return p.a + p.b
}

func total(s []int, m map[string]int) int {
	n := 0
	for _, v := range s {
		n += v
	}
	return n + m["k"]
}
