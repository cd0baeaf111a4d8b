package p

type T struct{ n int }

// Returning the bound variable of a type switch leaks the interface.
func asT(i interface{}) *T {
	switch v := i.(type) {
	case *T:
		return v
	}
	return nil
}
