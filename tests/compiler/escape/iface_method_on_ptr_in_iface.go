package main

import "fmt"

type counter struct{ n int }

func (c *counter) String() string { return fmt.Sprint(c.n) }

// A pointer stored in fmt.Stringer and printed.
func main() {
	c := &counter{3}
	var s fmt.Stringer = c
	fmt.Println(s.String())
}
