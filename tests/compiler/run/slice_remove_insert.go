// Removing and inserting elements with append and copy.
package main

import "fmt"

func remove(s []string, i int) []string {
	return append(s[:i], s[i+1:]...)
}

func insert(s []string, i int, v string) []string {
	s = append(s, "")
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []string{"a", "b", "c", "d"}
	s = remove(s, 1)
	fmt.Println(s, len(s))
	s = insert(s, 0, "z")
	s = insert(s, 2, "y")
	fmt.Println(s, len(s))
	fmt.Printf("%q\n", s)
}
