// Builtins applied to a multi-value call are checked on its results (types2).
package main

type F float64

func two() (int, int) { return 1, 2 }

func main() {
	var a float32
	var b float64
	var f F
	_ = complex(a, b)
	_ = complex(two())
	_ = complex(f, 1)
	_ = complex(1, f)
	_ = complex(1, 2)
	_ = complex(1, a)
	var i int
	_ = complex(i, 1)
	_ = copy(two())
	_ = len(two())
	panic(two())
}
