package main

import "fmt"

// Builtins applied to one multi-value call (append(f()), copy(f()),
// delete(f()), complex(f()), print(f())), and len/cap of arrays whose
// operand calls a function (not constant: the call happens).

var calls int

func pair() ([]int, int)            { calls++; return make([]int, 1, 4), 2 }
func bytesAndString() ([]byte, string) { return make([]byte, 3), "abcdef" }
func slices() ([]string, []string)  { return []string{"a", "b", "c"}, []string{"x", "y"} }
func table() (map[string]int, string) { return map[string]int{"k": 1, "j": 2}, "k" }
func floats() (float32, float32)    { return 1.5, -2 }
func many() ([]byte, byte, byte, byte) { return []byte("go"), 'p', 'h', 'e' }
func arr() [3]int                   { calls++; return [3]int{1, 2, 3} }
func parr() *[4]int                 { calls++; return nil }

type wrapper struct{ items [5]string }

func main() {
	s := append(pair())
	fmt.Println(s, len(s), cap(s), calls)
	b, str := bytesAndString()
	fmt.Println(copy(b, str), string(b))
	dst, src := slices()
	fmt.Println(copy(slices()), dst, src)
	m, _ := table()
	delete(table())
	delete(m, "j")
	fmt.Println(len(m))
	c := complex(floats())
	fmt.Printf("%v %T\n", c, c)
	fmt.Println(string(append(many())))
	println(floats())
	n := len(arr()) + cap(parr())
	var w wrapper
	const k = len(w.items)
	ch := make(chan [2]int, 1)
	ch <- [2]int{}
	fmt.Println(n, k, len(<-ch), calls)
}
