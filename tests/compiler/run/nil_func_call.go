// Calling a nil function value is a nil dereference.
package main

import "fmt"

var handlers = map[string]func() string{
	"hi": func() string { return "hello" },
}

func main() {
	fmt.Println(handlers["hi"]())
	f := handlers["missing"]
	fmt.Println(f == nil)
	fmt.Println(f())
}
