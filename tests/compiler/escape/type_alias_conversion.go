package p

// A conversion through an alias prints the aliased type as written in the
// alias declaration (byte and uint8 stay apart), parenthesised as gc does.

type Bytes = []byte
type Octets = []uint8

var sink any

func Convert(s string) {
	type Local = []rune
	sink = Bytes(s)
	sink = Octets(s)
	sink = Local(s)
	sink = []uint8(s)
	sink = Bytes{1}
}
