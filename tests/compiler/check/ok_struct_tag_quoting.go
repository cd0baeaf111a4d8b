package main

// A struct tag is its value, however it is quoted: these struct types
// are identical (assignable without conversion), as in Go.

type Raw struct {
	X int `json:"x"`
	Y int `yaml:"a	b"`
}

func main() {
	var r Raw = struct {
		X int "json:\"x\""
		Y int "yaml:\"a\tb\""
	}{1, 2}
	var byteSlices [][]uint8 = [][]byte{{1}}
	var runes map[rune]byte = map[int32]uint8{1: 2}
	_, _, _ = r, byteSlices, runes
}
