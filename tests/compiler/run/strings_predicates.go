package main

import (
	"fmt"
	"strings"
)

// strings' predicate functions (FieldsFunc, IndexFunc, LastIndexFunc,
// TrimFunc, TrimLeftFunc, TrimRightFunc): results, and the runes the
// predicate is called with, in Go's order (invalid UTF-8 included).

func main() {
	var seen []rune
	isSep := func(r rune) bool {
		seen = append(seen, r)
		return r == ',' || r == ';' || r == ' '
	}
	fields := strings.FieldsFunc("  a,b;;c  dé,\xffx ", isSep)
	fmt.Printf("%q %d %q\n", fields, len(fields), string(seen))

	seen = nil
	isDigit := func(r rune) bool {
		seen = append(seen, r)
		return r >= '0' && r <= '9'
	}
	fmt.Println(strings.IndexFunc("abc123def", isDigit), strings.LastIndexFunc("abc123def", isDigit), string(seen))
	fmt.Println(strings.IndexFunc("none", isDigit), strings.LastIndexFunc("", isDigit))

	seen = nil
	trimmed := strings.TrimFunc("123héllo wörld456", isDigit)
	fmt.Printf("%q %q\n", trimmed, string(seen))
	fmt.Printf("%q %q\n", strings.TrimLeftFunc("42abc", isDigit), strings.TrimRightFunc("abc42", isDigit))
	fmt.Printf("%q %q\n", strings.TrimFunc("12345", isDigit), strings.TrimRightFunc("ab\xff\xfe9", isDigit))
	upper := func(r rune) bool { return r >= 'A' && r <= 'Z' }
	fmt.Println(strings.FieldsFunc("HelloWorldFromGo", upper), len(strings.FieldsFunc("", upper)))
	fmt.Println(strings.LastIndexFunc("日本語x", func(r rune) bool { return r > 127 }))
}
