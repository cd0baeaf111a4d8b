// Integer arithmetic: Collatz lengths, gcd, lcm, digit sums.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	best, arg := 0, 0
	for i := 1; i < 10000; i++ {
		if c := collatz(i); c > best {
			best, arg = c, i
		}
	}
	fmt.Println(arg, best)
	fmt.Println(gcd(1071, 462), 1071/gcd(1071, 462)*462)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, ^0, 1<<10, 0xff&^0x0f, 6^3)
}
