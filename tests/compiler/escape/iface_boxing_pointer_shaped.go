package p

type T struct{ a int }

var sink interface{}

// Pointer-shaped values need no allocation when boxed; the pointee may leak.
func boxPtr(t *T) {
	sink = t
}

func boxMap(m map[int]int) {
	sink = m
}

func boxChan(c chan int) {
	sink = c
}
