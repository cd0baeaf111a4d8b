package main

import (
	"fmt"
	"os"
	str "strings"
)

func main() {
	a := 1
	var b int
	c, d := 1, 2
	_ = c
	for i := 0; i < 3; i++ {
	}
	var e interface{} = 1
	switch v := e.(type) {
	case int:
	}
	fmt.Println()
}
