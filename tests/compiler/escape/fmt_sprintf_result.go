package p

import "fmt"

// fmt.Sprintf arguments escape; the result string is the callee's.
func label(id int, name string) string {
	return fmt.Sprintf("%d:%s", id, name)
}
