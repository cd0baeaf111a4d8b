// A binary min-heap used as a priority queue.
package main

import "fmt"

type item struct {
	prio int
	name string
}

type pq []item

func (h *pq) push(it item) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if (*h)[p].prio <= (*h)[i].prio {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *pq) pop() item {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && (*h)[l].prio < (*h)[m].prio {
			m = l
		}
		if r < n && (*h)[r].prio < (*h)[m].prio {
			m = r
		}
		if m == i {
			return top
		}
		(*h)[m], (*h)[i] = (*h)[i], (*h)[m]
		i = m
	}
}

func main() {
	var h pq
	for i, n := range []string{"e", "b", "d", "a", "c", "f"} {
		h.push(item{(i * 7) % 6, n})
	}
	for len(h) > 0 {
		it := h.pop()
		fmt.Print(it.prio, it.name, " ")
	}
	fmt.Println()
}
