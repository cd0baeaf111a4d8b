package main

// Duplicate cases (types2): identical types in a type switch (byte is
// uint8, rune is int32, nil twice), equal constants of identical types in
// an expression switch (floats as float64; booleans and complex values
// are never compared).

func main() {
	var x any
	switch x.(type) {
	case []byte, []uint8:
	case rune:
	case int32:
	case nil, error:
	case nil:
	}
	switch x {
	case 1, int8(1), "x", `x`:
	}
	var b byte
	switch b {
	case 'a', 97:
	}
	var f float64
	switch f {
	case 0.1, 0.1 + 0, 1:
	}
	switch {
	case true, true:
	}
	var c complex128
	switch c {
	case 1i, 1i:
	}
	switch "é" {
	case "é", "\u00e9":
	}
}
