package main

type num int

func (n num) double() num { return n * 2 }

func (n *num) inc() { *n++ }

// Method expressions T.m and (*T).m.
func main() {
	f := num.double
	g := (*num).inc
	x := num(3)
	g(&x)
	println(f(x))
}
