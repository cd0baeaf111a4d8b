package main

import (
	"fmt"
	"time"
)

// time.Duration values printed through fmt.
func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds())
}
