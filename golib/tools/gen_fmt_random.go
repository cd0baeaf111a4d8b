//go:build ignore

// gen_fmt_random.go writes tests/golib/fmt_random.golden (run from the
// repository root: go run golib/tools/gen_fmt_random.go > tests/golib/fmt_random.golden):
// one line per case, tab-separated Go-quoted
// fields: format, kind, value, Go's result of Sprintf(format, value).
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(42))
	ints := []int64{0, 1, -1, 7, 42, -42, 255, 1 << 20, -1 << 40, math.MaxInt64, math.MinInt64, 0x1F600, 65}
	floats := []float64{0, 1, -1, 0.5, 3.14159265, -2.5e-5, 1e21, 1e20, 123456.789, math.Inf(1), math.NaN(), 5e-324, 1.0 / 3, 100, math.Copysign(0, -1)}
	strs := []string{"", "a", "hello", "héllo", "tab\there", "q\"uote", "日本", "\x00\x7f", "back`tick", "\xff"}
	flagset := "+-# 0"
	verbs := "vdsqxXobcUeEfFgGtTp"
	for i := 0; i < 1500; i++ {
		f := "%"
		for _, c := range flagset {
			if r.Intn(5) == 0 {
				f += string(c)
			}
		}
		if r.Intn(2) == 0 {
			f += strconv.Itoa(r.Intn(13))
		}
		if r.Intn(3) == 0 {
			f += "." + strconv.Itoa(r.Intn(9))
		}
		f += string(verbs[r.Intn(len(verbs))])
		var kind string
		var val any
		var text string
		switch r.Intn(7) {
		case 0:
			v := ints[r.Intn(len(ints))]
			kind, val, text = "int", int(v), strconv.FormatInt(v, 10)
		case 1:
			v := uint64(ints[r.Intn(len(ints))])
			kind, val, text = "uint8", uint8(v), strconv.FormatUint(uint64(uint8(v)), 10)
		case 2:
			v := floats[r.Intn(len(floats))]
			kind, val, text = "float64", v, strconv.FormatUint(math.Float64bits(v), 16)
		case 3:
			v := float32(floats[r.Intn(len(floats))])
			kind, val, text = "float32", v, strconv.FormatUint(math.Float64bits(float64(v)), 16)
		case 4:
			v := strs[r.Intn(len(strs))]
			kind, val, text = "string", v, v
		case 5:
			v := r.Intn(2) == 0
			kind, val, text = "bool", v, strconv.FormatBool(v)
		case 6:
			v := uint64(ints[r.Intn(len(ints))])
			kind, val, text = "uint", uint(v), strconv.FormatUint(v, 10)
		}
		if f[len(f)-1] == 'p' {
			continue // addresses differ
		}
		fmt.Printf("%q\t%s\t%q\t%q\n", f, kind, text, fmt.Sprintf(f, val))
	}
}
