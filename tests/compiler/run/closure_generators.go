package main

import "fmt"

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		v := f(x)
		cache[x] = v
		return v
	}
}

type accumulator struct {
	total int
	log   []string
}

func (a *accumulator) adder(label string) func(int) {
	return func(v int) {
		a.total += v
		a.log = append(a.log, fmt.Sprintf("%s+%d", label, v))
	}
}

func main() {
	next, reset := counter(10, 3)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	sq := func(x int) int { return x * x }
	f := compose(inc, dbl, sq)
	fmt.Println(f(3), compose()(7), compose(sq, sq)(2))

	calls := 0
	var slowFib func(int) int
	slowFib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	})
	fmt.Println(slowFib(50), calls)

	acc := &accumulator{}
	a, b := acc.adder("a"), acc.adder("b")
	for i := 1; i <= 3; i++ {
		a(i)
		b(i * 10)
	}
	fmt.Println(acc.total, acc.log)

	var funcs []func() string
	for _, s := range []string{"x", "y", "z"} {
		s := s
		funcs = append(funcs, func() string { return s + s })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
}
