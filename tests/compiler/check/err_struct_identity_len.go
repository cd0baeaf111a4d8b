// Struct identity (field names, embedding, tags) and len/cap constants (no calls or receives).
package main

type Int int

func arr() [3]int { return [3]int{} }

var ch = make(chan [2]int)

func main() {
	var a struct{ int }
	var b struct{ Int int }
	var c struct{ Int }
	var d struct{ X int "a" }
	var e struct{ X int "b" }
	a = b
	b = c
	c = b
	d = e
	e = struct{ X int "b" }(d)
	const k = len(arr())
	const k2 = len(<-ch)
	var p *[5]int
	const k3 = len(p)
	_, _, _, _, _ = a, b, c, d, e
}
