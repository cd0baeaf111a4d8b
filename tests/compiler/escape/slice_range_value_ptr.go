package p

type item struct{ v int }

var sink *item

// Ranging over a slice of pointers and keeping one leaks the slice content.
func keepFirstBig(items []*item) {
	for _, it := range items {
		if it.v > 10 {
			sink = it
			return
		}
	}
}
