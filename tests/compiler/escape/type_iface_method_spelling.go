package p

// An interface type in a message lists its methods as gc sorts them
// (exported first, then by name); from the first unexported method on, a
// method is named with its package, and its signature is spelled as gc's
// link names are: byte, rune and any become uint8, int32 and interface
// {}, the package's own types and unexported fields get "p.", a type
// declared in a function also its number.

type T struct{}
type S struct{}

func (S) b(x byte) rune                                    { return 0 }
func (S) A(x byte) rune                                    { return 0 }
func (S) c(a any, e error, t T, f ...uint8)                {}
func (S) d(s struct{ x, Y byte }, i interface{ m(); M(byte) }) {}
func (S) e(m map[rune]T, c chan<- byte, g func(byte) rune) {}

var sink any

func Convert(s S) {
	type L struct{}
	sink = interface {
		b(byte) rune
		A(byte) rune
	}(s)
	sink = interface{ c(any, error, T, ...byte) }(s)
	sink = interface {
		d(struct{ x, Y byte }, interface{ m(); M(byte) })
	}(s)
	sink = interface{ e(map[rune]T, chan<- byte, func(byte) rune) }(s)
	sink = []interface{ l(L) }{}
	sink = []interface{ Z(byte) rune }{}
}
