package main

import (
	"fmt"
	"strings"
)

type shape interface{ area() float64 }
type rect struct{ w, h float64 }
type circle struct{ r float64 }
type square rect

func (r rect) area() float64    { return r.w * r.h }
func (c *circle) area() float64 { return 3 * c.r * c.r }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("ints ", len(x))
	case shape:
		return fmt.Sprintf("shape %.1f", x.area())
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func deferred() (out []string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { out = append(out, fmt.Sprint("d", n)) }(i)
	}
	defer func() {
		if r := recover(); r != nil {
			out = append(out, fmt.Sprint("recovered ", r))
		}
	}()
	panic("stop")
}

func main() {
	vals := []interface{}{nil, 3, int64(4), "héllo", []int{1, 2}, rect{2, 3}, &circle{1}, square{1, 1},
		fmt.Errorf("e%d", 1), func() int { return 9 }, 2.5}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	fmt.Println(deferred())

outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == 2 && i == 1:
				continue outer
			case i == 3:
				break outer
			case j > i:
				break
			default:
				fmt.Print(i, j, " ")
			}
		}
	}
	fmt.Println()

	n := 0
	for n < 10 {
		n += 3
		if n%2 == 0 {
			continue
		}
		fmt.Print(n, ";")
	}
	fmt.Println()
	switch s := strings.ToUpper("b"); s {
	case "A":
		fmt.Println("a")
	case "B":
		fmt.Println("b")
		fallthrough
	case "C":
		fmt.Println("c (fallthrough)")
	default:
		fmt.Println("default")
	}
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	var sh shape = rect{1, 1}
	if r, ok := sh.(rect); ok && r.w == 1 {
		fmt.Println("rect", r)
	}
	_, isCircle := sh.(*circle)
	fmt.Println(isCircle)
}
