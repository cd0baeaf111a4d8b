package p

import "strings"

// A strings.Builder returned by pointer escapes.
func newBuilder() *strings.Builder {
	var b strings.Builder
	b.WriteString("start")
	return &b
}
