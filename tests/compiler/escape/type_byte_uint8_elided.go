package p

// An elided composite-literal type is printed as the outer type spelled
// it: gc keeps byte and uint8 (rune and int32) as two identical types
// with their own names, so [][]uint8{{1}} has a []uint8{...} inside, not
// a []byte{...}.

var sink any

func Slices() {
	sink = [][]uint8{{1, 2}}
	sink = [][]byte{{3}}
	sink = map[string][]int32{"a": {1}}
	sink = map[byte][]rune{1: {2}}
}

func Nested() {
	sink = []*[2]uint8{{1}}
	sink = [][2]rune{{1}}
	sink = []map[rune]byte{{1: 2}}
	sink = []map[int32]uint8{{1: 2}}
	sink = map[[2]byte]int{{1, 2}: 1}
	sink = map[[2]uint8]int{{1, 2}: 1}
}

func Structs() {
	sink = []struct{ b byte }{{1}}
	sink = []struct{ u uint8 }{{1}}
	sink = [][]struct{ r rune }{{{1}}}
	sink = []func(byte) rune{nil}
	sink = []func(uint8) int32{nil}
	sink = []chan<- uint8{nil}
	sink = [][]chan byte{{nil}}
}
