// fmt prints maps with their keys sorted.
package main

import "fmt"

func main() {
	m := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	fmt.Println(m)
	fmt.Printf("%v\n", map[string]bool{"z": true, "a": false, "m": true})
	fmt.Printf("%d\n", map[string]int{"b": 2, "a": 1})
}
