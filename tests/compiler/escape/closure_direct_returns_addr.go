package p

// A directly called func literal returning the address of its own local.
func get() *int {
	return func() *int {
		v := 5
		return &v
	}()
}
