// Many tiny allocations: pointers to ints, small structs, short strings.
package main

import "fmt"

type pair struct{ a, b int32 }

func main() {
	ptrs := make([]*int, 0, 10000)
	pairs := make([]*pair, 0, 10000)
	for i := 0; i < 10000; i++ {
		v := i
		ptrs = append(ptrs, &v)
		pairs = append(pairs, &pair{int32(i), int32(-i)})
	}
	s, t := 0, int32(0)
	for i := range ptrs {
		s += *ptrs[i]
		t += pairs[i].a + pairs[i].b
	}
	fmt.Println(s, t)
}
