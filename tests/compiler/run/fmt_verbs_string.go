// fmt string verbs.
package main

import "fmt"

func main() {
	s := "gopher"
	fmt.Printf("%s|%q|%x|%X\n", s, s, s, s)
	fmt.Printf("%10s|%-10s|%.3s|%10.2s|\n", s, s, s, s)
	fmt.Printf("%q\n", "tab\there \"quoted\" \u00e9")
	fmt.Printf("%v %s\n", []string{"a", "b"}, []byte("hi"))
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%%|%d%%\n", 50)
}
