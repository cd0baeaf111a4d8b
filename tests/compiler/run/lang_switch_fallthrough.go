// switch forms: expression, tagless, fallthrough, multiple values.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for _, n := range []int{95, 85, 50} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("small ")
		case 2, 3:
			fmt.Print("two-or-three ")
		}
	}
	fmt.Println()
	switch x := 5; {
	case x > 3:
		fmt.Println("big", x)
	}
}
