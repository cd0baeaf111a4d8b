// Factorials with a hand-written big integer (base 10000 digits in a slice).
package main

import (
	"fmt"
	"strings"
)

func mul(a []int, k int) []int {
	carry := 0
	for i := range a {
		v := a[i]*k + carry
		a[i] = v % 10000
		carry = v / 10000
	}
	for carry > 0 {
		a = append(a, carry%10000)
		carry /= 10000
	}
	return a
}

func str(a []int) string {
	var b strings.Builder
	b.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&b, "%04d", a[i])
	}
	return b.String()
}

func main() {
	f := []int{1}
	for i := 1; i <= 50; i++ {
		f = mul(f, i)
		if i%10 == 0 {
			fmt.Println(i, str(f))
		}
	}
}
