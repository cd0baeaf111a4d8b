// An interface holding a nil pointer is not a nil interface.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func findGood(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	fmt.Println(find(false) == nil, findGood(false) == nil)
	fmt.Println(find(true), findGood(true))
}
