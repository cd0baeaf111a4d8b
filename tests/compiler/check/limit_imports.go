// Only the standard-library packages of the subset can be imported.
package main

import (
	"fmt"
	"math"
)

func main() { fmt.Println(math.Pi) }
