// String algorithms: Roman numerals, Caesar cipher, palindromes.
package main

import (
	"fmt"
	"strings"
)

func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

func caesar(s string, k int) string {
	out := []rune(s)
	for i, r := range out {
		switch {
		case r >= 'a' && r <= 'z':
			out[i] = 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			out[i] = 'A' + (r-'A'+rune(k)+26)%26
		}
	}
	return string(out)
}

func palindrome(s string) bool {
	r := []rune(strings.ToLower(s))
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func main() {
	for _, n := range []int{4, 9, 14, 1994, 2024} {
		fmt.Print(roman(n), " ")
	}
	fmt.Println()
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(palindrome("Racecar"), palindrome("gopher"))
}
