package main

// Slicing a local array and returning the slice moves the array to the heap.
func buf() []byte {
	var a [16]byte
	a[0] = 'x'
	return a[:]
}

func main() {
	println(len(buf()))
}
