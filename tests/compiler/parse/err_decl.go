package decls

import fmt "fmt" "os"

var x int = 1, 2 3

type T struct {
	a int b int
}

func (a, b T) m() {}

func () n() {}

func g(a int, string, b) {}

func h()
{
}

const c = 1
x := 2

type U[] int
