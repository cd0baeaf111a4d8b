// recover turns runtime panics into values.
package main

import "fmt"

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	f()
	return "ok"
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	s := []int{1}
	zero := 0
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { m["a"] = 1 }))
	fmt.Println(safe(func() { _ = p.x }))
	fmt.Println(safe(func() { _ = s[zero+3] }))
	fmt.Println(safe(func() { _ = 10 / zero }))
	fmt.Println(safe(func() { panic("custom") }))
	fmt.Println(safe(func() { panic(fmt.Errorf("err %d", 42)) }))
	var i interface{} = "str"
	fmt.Println(safe(func() { _ = i.(int) }))
}
