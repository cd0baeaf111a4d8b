package main

import (
	"fmt"
	"os"
)

// os.Args and fmt.Fprintln to os.Stderr.
func main() {
	if len(os.Args) > 5 {
		fmt.Fprintln(os.Stderr, "too many", len(os.Args))
		os.Exit(1)
	}
}
