package main

import "fmt"

// byte and uint8 (rune and int32) mixed in one program: values move
// freely between the spellings (one type to the checker), each literal
// keeps its own; inferred types (s[i] is byte, range over a string gives
// rune, 'x' defaults to rune) change nothing in the output.

func mix(b []byte, u []uint8, s string) any {
	b = append(b, u...)
	u = append(u, s[0])
	x := [][]byte{u, b, {1}}
	y := [][]uint8{u, b, {1}}
	for _, r := range s {
		fmt.Println(string(r), []int32{r})
	}
	for _, c := range []byte(s) {
		fmt.Println(c)
	}
	r := 'x'
	return []any{x, y, [2][]byte{}, struct{ a, b []uint8 }{}, map[byte]uint8{}, &r}
}

func main() {
	var p []uint8 = []byte("ab")
	var q []byte = []uint8("cd")
	fmt.Println(mix(p, q, "é"))
}
