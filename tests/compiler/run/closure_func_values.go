// Functions as values: tables of operations, composition, nil funcs.
package main

import "fmt"

type op func(int, int) int

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul", "sub"} {
		if f, ok := ops[name]; ok {
			fmt.Println(name, f(6, 7))
		} else {
			fmt.Println(name, "missing", f == nil)
		}
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
}
