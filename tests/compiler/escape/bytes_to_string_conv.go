package p

// []byte -> string conversions: a copy that escapes when returned.
func str(b []byte) string {
	return string(b)
}

func cmp(b []byte) bool {
	return string(b) == "ok"
}
