package p

// string(x) of a slice of a defined byte or rune type: gc converts x to
// []byte ([]rune) first and prints that conversion inside; a named slice
// of plain bytes needs none.

type MyByte byte
type MyRune rune
type Bytes []byte
type MyString string

func Convert(y []MyByte, z []MyRune, b Bytes) int {
	s1 := string(y)
	s2 := MyString(z)
	s3 := string(b)
	s4 := string([]MyByte{'a', 'b'})
	return len(s1) + len(s2) + len(s3) + len(s4)
}
