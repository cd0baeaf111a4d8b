package p

type buf struct {
	arr [4]*int
	b   []byte
}

// Self-assignment through array elements and reslicing.
func rotate(x *buf) {
	x.arr[0] = x.arr[1]
	x.b = x.b[:2]
}
