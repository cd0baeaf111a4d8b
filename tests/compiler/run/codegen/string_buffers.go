// gomem codegen test (see tests/compiler/run/CMakeLists.txt).
package main

import "fmt"

func key(b []byte) int {
	m := map[string]int{"ab": 1, "abc": 2}
	return m[string(b)]
}

func cmp(a, b string) bool { return a+"x" == b+"x" }

func main() {
	total := 0
	for i := 0; i < 100; i++ {
		b := []byte("abc")
		total += key(b[:2]) + key(b)
		bs := []byte("hello world")
		bs[0] = 'H'
		if string(bs) != "Hello world" {
			panic("bad")
		}
		r := []rune("héllo")
		r[1] = 'e'
		if string(r) != "hello" {
			panic("bad runes")
		}
		if string(rune(65+i%26)) == "Z" {
			total++
		}
	}
	fmt.Println(total, cmp("a", "a"), cmp("a", "b"))
	s := ""
	for i := 0; i < 40; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(s, len(s))
	long := "0123456789012345678901234567890123456789"
	fmt.Println(len([]byte(long)), string([]byte(long)[30:]))
	x := "a" + "b" + s[:3] + "c"
	fmt.Println(x)
}
