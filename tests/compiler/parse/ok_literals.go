package lit

const (
	a = 0b1010_1010
	b = 0o777 + 0777 + 0x_FF
	c = 1_000.5e-3 + .5 + 1. + 0x1.8p3 + 0X.1P-2
	d = 3i + 1.5i + 0x10i + 0o7i
	e = 'x' + '\n' + '\'' + '\000' + '\x7f' + '\u12e4' + '\U00101234'
	f = "a\tb\"c\\" + `raw\n` + "\u00e9\xff"
	é, ñ, 世界 = 1, 2, 3
)

type S struct {
	A int `json:"a"`
	B, C string "tag"
	*S
	fmt.Stringer
	T[int]
}

var m = map[[2]int][]*struct{ x int }{{1, 2}: {{1}, nil}}
var arr = [...]string{2: "b", 0: "a"}
