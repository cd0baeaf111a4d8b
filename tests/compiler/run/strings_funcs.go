// The strings package functions small programs use.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Go is fun, Go is fast  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "fun"), strings.HasPrefix(t, "Go"), strings.HasSuffix(t, "fast"))
	fmt.Println(strings.Index(t, "is"), strings.LastIndex(t, "is"), strings.Count(t, "Go"))
	fmt.Println(strings.Replace(t, "Go", "C", 1), "|", strings.ReplaceAll(t, "Go", "Rust"))
	fmt.Println(strings.ToUpper(t), strings.ToLower("ABC"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Title("x"), strings.TrimPrefix(t, "Go "), strings.TrimSuffix(t, " fast"))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Trim("xxhixx", "x"))
}
