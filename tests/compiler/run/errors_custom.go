// Custom error types, errors.New, fmt.Errorf with %w, errors.Is and errors.As.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func lookup(k string) error {
	if k == "" {
		return fmt.Errorf("lookup %q: %w", k, ErrNotFound)
	}
	if k == "bad" {
		return fmt.Errorf("wrapped: %w", &ParseError{3, "bad token"})
	}
	return nil
}

func main() {
	for _, k := range []string{"", "bad", "ok"} {
		err := lookup(k)
		fmt.Println(err)
		fmt.Println(errors.Is(err, ErrNotFound))
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("parse error at line", pe.Line)
		}
		if u := errors.Unwrap(err); u != nil {
			fmt.Println("unwrapped:", u)
		}
	}
}
