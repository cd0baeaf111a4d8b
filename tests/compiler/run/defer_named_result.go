// A deferred closure can change named results.
package main

import (
	"errors"
	"fmt"
)

func double(n int) (r int) {
	defer func() { r *= 2 }()
	return n + 1
}

func withCleanup() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("cleanup after: %w", err)
		}
	}()
	return errors.New("boom")
}

func main() {
	fmt.Println(double(4))
	fmt.Println(withCleanup())
}
