// Constants, iota, typed and untyped arithmetic.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const big = 1 << 100

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(big>>98, big/(1<<99))
	const f = 1.0 / 3
	fmt.Println(f, float32(f))
	var x uint8 = 255
	fmt.Println(x+1 == 0, -5>>1, uint32(1)<<31)
}
