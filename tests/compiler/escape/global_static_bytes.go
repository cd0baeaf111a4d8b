package p

// Package-level []byte("...") and []rune("...") of constants are static
// data in gc (no code in init, so no escape message); a conversion of a
// variable needs code and is analysed in the package's init function.

const greeting = "héllo"

var s = "dynamic"

var (
	b  = []byte(greeting)
	r  = []rune("xyz")
	_  = []byte("foo")
	bs = [][]byte{[]byte("a"), []byte(greeting)}
	d  = []byte(s)
)
