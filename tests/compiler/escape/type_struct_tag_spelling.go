package p

// A struct type in a message prints its field tags as Go quotes them
// (`json:"a"` and "json:\"a\"" are the same tag) and embedded fields by
// their type; inside a link name (an unexported interface method) an
// embedded field whose name is not its type's reads "Name = type".

type B = byte

var sink any

func Literals() {
	sink = []struct {
		a int `json:"a"`
		B
		byte
		*int
		c, d rune "x\ty"
	}{}
	sink = []struct{ int }{}
	sink = []interface{ m(struct{ B }) }{}
	sink = []interface{ m(struct{ byte }) }{}
	sink = []interface{ m(struct{ x int "t" }) }{}
	sink = []interface{ m(any, ...any) }{}
	sink = []chan (<-chan byte){}
}
