// Labeled break and continue, and goto.
package main

import "fmt"

func main() {
	count := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			if i*j > 6 {
				break outer
			}
			count++
		}
	}
	fmt.Println(count)
	i := 0
loop:
	if i < 3 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
}
