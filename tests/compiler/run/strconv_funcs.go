// strconv conversions and their errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'f', 3, 64))
	b, _ := strconv.ParseBool("true")
	fmt.Println(b, strconv.Quote("hi\n\"there\""))
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
}
