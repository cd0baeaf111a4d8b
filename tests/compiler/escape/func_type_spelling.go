package p

// A func type in a composite literal is printed with its parameter and
// result types as the source spelled them (uint8 and byte, int32 and
// rune, any and interface{} stay apart), without parameter names.

var sink any

func Literals() {
	sink = []func(int32) rune{}
	sink = []func(a, b uint8, c ...byte) (x int32, y []rune){}
	sink = []func(any, interface{}) (any, error){}
	sink = []func() func(uint8) byte{}
}
