package p

// A type switch without a binding only inspects the type word.
func kind(i interface{}) string {
	switch i.(type) {
	case int, int64:
		return "int"
	case string:
		return "string"
	}
	return "other"
}
