// Maps that do not escape (gc puts them on the stack; gomem in
// gm_map_storage): made anew on each loop iteration, in closures and
// goroutines, in recursive frames, grown past their first table while
// an iteration runs, holding the only references to heap values across
// collections, with hints over 8 and slots too big for the storage.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

type point struct{ x, y int }

type wide struct{ a, b, c, d, e, f, g int }

type registry struct {
	names map[string]int
}

// A new map on each iteration; none outlives it.
func perIteration(words []string) int {
	total := 0
	for round := 0; round < 4; round++ {
		m := make(map[string]int)
		for i, w := range words[:round*3] {
			m[w] += i + round
		}
		total += len(m)
		for k, v := range m {
			total += len(k) * v
		}
	}
	return total
}

// Values reachable only through the map, across collections; the map grows
// from its first table into the heap meanwhile.
func survivors(n int) string {
	m := map[int]*point{}
	for i := 0; i < n; i++ {
		m[i] = &point{i, i * i}
		if i%5 == 0 {
			runtime.GC()
		}
	}
	garbage := 0
	for i := 0; i < 2000; i++ {
		s := make([]int, 64)
		garbage += len(s)
	}
	runtime.GC()
	sum := 0
	for i := 0; i < n; i++ {
		p := m[i]
		if p.x != i || p.y != i*i {
			return fmt.Sprintf("entry %d lost", i)
		}
		sum += p.y
	}
	return fmt.Sprintf("n=%d len=%d sum=%d garbage=%d", n, len(m), sum, garbage)
}

// An iteration that starts in the first table and goes on after the map
// has grown: every entry present throughout is produced once.
func growDuringRange() string {
	m := map[int]int{}
	for i := 0; i < 6; i++ {
		m[i] = i
	}
	seen := make([]int, 6)
	added := 0
	for k := range m {
		if k < 6 {
			seen[k]++
		}
		for j := 0; j < 40 && added < 200; j++ {
			m[100+added] = added
			added++
		}
	}
	return fmt.Sprint(seen, len(m))
}

// A closure's own map, and a map captured by a closure that does not escape.
func closures(text string) (int, int) {
	distinct := func(s string) int {
		set := map[rune]bool{}
		for _, r := range s {
			set[r] = true
		}
		return len(set)
	}
	memo := map[int]int{}
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		if v, ok := memo[k]; ok {
			return v
		}
		v := fib(k-1) + fib(k-2)
		memo[k] = v
		return v
	}
	return distinct(text), fib(60)
}

// One map per frame of a recursion.
func depth(n int) int {
	m := map[int]int{n: n * 2}
	if n == 0 {
		return m[0]
	}
	return depth(n-1) + m[n]
}

// A hint over 8, slots too big for the storage, a map in a struct that
// does not escape, and deleting everything.
func shapes() string {
	h := make(map[int]string, 100)
	for i := 0; i < 100; i++ {
		h[i] = strings.Repeat("x", i%7)
	}
	w := map[wide]wide{}
	for i := 0; i < 12; i++ {
		w[wide{a: i, g: -i}] = wide{b: i * i, f: i}
	}
	r := registry{names: map[string]int{"a": 1, "b": 2}}
	r.names["c"] = 3
	for k := range h {
		delete(h, k)
	}
	h[7] = "seven"
	sq := 0
	for k, v := range w {
		if k.g != -k.a || v.b != k.a*k.a {
			return "wide entry wrong"
		}
		sq += v.b
	}
	return fmt.Sprint(len(h), h[7], len(w), sq, len(r.names), r.names["c"])
}

// A map inside a goroutine's function.
func inGoroutine(results chan<- string) {
	go func() {
		counts := map[string]int{}
		for _, w := range strings.Fields("a b a c b a d e f g h i j k") {
			counts[w]++
		}
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		results <- fmt.Sprint(keys[:4], counts["a"], len(counts))
	}()
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog and the cat")
	fmt.Println("perIteration:", perIteration(words))
	fmt.Println("survivors:", survivors(5))
	fmt.Println("survivors:", survivors(300))
	fmt.Println("growDuringRange:", growDuringRange())
	d, f := closures("hello, world")
	fmt.Println("closures:", d, f)
	fmt.Println("depth:", depth(2000))
	fmt.Println("shapes:", shapes())
	results := make(chan string)
	inGoroutine(results)
	fmt.Println("goroutine:", <-results)
}
