// os.Exit with a status: deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "error: something failed")
	os.Exit(3)
}
