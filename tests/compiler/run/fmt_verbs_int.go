// fmt integer verbs and widths.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", n, n, n, n, n)
	fmt.Printf("%x|%X|%o|%b|%#x|%#o\n", n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U\n", 'G', 'G', 'G')
	fmt.Printf("%d %d %d\n", int8(-128), uint8(200), int64(-1)<<40)
	fmt.Printf("%v %v\n", -7, uint(7))
	fmt.Printf("%*d|%-*d|\n", 6, 42, 6, 42)
	fmt.Printf("%x %X\n", -255, []byte{1, 171})
}
