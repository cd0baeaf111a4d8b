package main

// recover in a deferred closure that sets a named result.
func safeDiv(a, b int) (q int, err interface{}) {
	defer func() {
		err = recover()
	}()
	q = a / b
	return
}

func main() {
	_, e := safeDiv(1, 0)
	println(e != nil)
}
