// An unrecovered panic with an error value: message on stderr, exit 2.
package main

import (
	"errors"
	"fmt"
)

func step(n int) {
	if n == 3 {
		panic(errors.New("step 3 failed"))
	}
	fmt.Println("step", n)
}

func main() {
	defer fmt.Println("deferred still runs")
	for i := 1; i <= 5; i++ {
		step(i)
	}
}
