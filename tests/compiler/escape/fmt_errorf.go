package p

import "fmt"

// fmt.Errorf wrapping an error.
func wrap(err error, op string) error {
	return fmt.Errorf("%s: %w", op, err)
}
