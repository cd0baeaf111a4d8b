package main

// byte and rune are their own names in types2's messages, though they are
// uint8 and int32: a type spelled byte (or made byte: s[i], range over a
// string, an untyped rune's default type) prints as byte, one spelled
// uint8 as uint8.

func main() {
	var b byte = 300
	var u uint8 = 300
	var r rune = "x"
	x := 'a'
	var t string = x
	var y string = "a"[0]
	for _, c := range "abc" {
		var z []int32 = []rune{c}
		var w string = c
		_, _ = z, w
	}
	var p []uint8 = []byte{}
	var q map[byte]rune = map[uint8]int32{}
	var v []byte = 0
	_, _, _, _, _, _, _, _ = b, u, r, t, y, p, q, v
}
