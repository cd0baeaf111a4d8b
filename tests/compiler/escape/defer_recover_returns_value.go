package p

// recover's value returned through a named result.
func catch(f func()) (r interface{}) {
	defer func() {
		r = recover()
	}()
	f()
	return nil
}
