package p

var op = func(p *int) int { return *p }

// Calling a func-valued global: the callee is unknown.
func run(x *int) int {
	return op(x)
}
