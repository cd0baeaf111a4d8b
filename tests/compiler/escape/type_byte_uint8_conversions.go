package p

// Conversions, make and new print the type as spelled: ([]uint8)(s) and
// ([]byte)(s) are the same conversion to gc but print apart; []rune("..")
// folds into a literal of the spelled type; a named type over []byte
// prints its name.

type Bytes []byte
type Octets []uint8

var sink any

func Convert(s string, b Bytes, o Octets) {
	sink = []byte(s)
	sink = []uint8(s)
	sink = []rune(s)
	sink = []int32(s)
	sink = []uint8("abc")
	sink = []int32("abc")
	sink = []rune("abc")
	sink = []byte(b)
	sink = []uint8(o)
	sink = Bytes(s)
	sink = Octets(s)
	sink = string(b) + string(o)
}

func Allocate(n int) {
	sink = make([]byte, n)
	sink = make([]uint8, n)
	sink = new(byte)
	sink = new(uint8)
	sink = new(rune)
	sink = new(int32)
	sink = &[]uint8{1}
	sink = &[]rune{1}
}
