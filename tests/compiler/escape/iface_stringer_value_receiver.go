package main

import (
	"fmt"
	"strconv"
)

type temp int

func (t temp) String() string { return strconv.Itoa(int(t)) + "C" }

// A named integer with a String method printed through fmt.
func main() {
	t := temp(21)
	fmt.Println(t)
	s := t.String()
	println(s)
}
