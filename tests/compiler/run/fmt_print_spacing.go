// Print, Println and Sprint spacing rules.
package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint(1, 2, "x", 3)
	fmt.Println(s, len(s))
	s = fmt.Sprintln("end", 9)
	fmt.Print(s)
	fmt.Printf("%d items\n", 3)
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Printf("x\n", 5)
}
