// Go versions of bench/make's C benchmarks, printing the same lines.
//
//	go run . map int|str N     insert / lookup / delete ns/op
//	go run . append N          append N ints to a nil slice, ns/op
//	go run . pingpong N        unbuffered ping-pong round trips, ns/op
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func keyOf(i int) int64 { return int64(uint64(i) * 0x9E3779B97F4A7C15) }

var sink int64

func benchMap(kind string, n int) {
	rounds := 4000000 / n
	if rounds < 1 {
		rounds = 1
	}
	ikeys := make([]int64, n)
	for i := range ikeys {
		ikeys[i] = keyOf(i)
	}
	var t0, t1, t2, t3 time.Time
	var sum int64
	if kind == "str" {
		skeys := make([]string, n)
		for i := range skeys {
			skeys[i] = "key-" + strconv.FormatInt(ikeys[i], 10)
		}
		m := make(map[string]int64)
		t0 = time.Now()
		for i := 0; i < n; i++ {
			m[skeys[i]] = int64(i + 1)
		}
		t1 = time.Now()
		for r := 0; r < rounds; r++ {
			for i := 0; i < n; i++ {
				sum += m[skeys[i]]
			}
		}
		t2 = time.Now()
		for i := 0; i < n; i++ {
			delete(m, skeys[i])
		}
		t3 = time.Now()
	} else {
		m := make(map[int64]int64)
		t0 = time.Now()
		for i := 0; i < n; i++ {
			m[ikeys[i]] = int64(i + 1)
		}
		t1 = time.Now()
		for r := 0; r < rounds; r++ {
			for i := 0; i < n; i++ {
				sum += m[ikeys[i]]
			}
		}
		t2 = time.Now()
		for i := 0; i < n; i++ {
			delete(m, ikeys[i])
		}
		t3 = time.Now()
	}
	if sum != int64(rounds)*int64(n)*int64(n+1)/2 {
		fmt.Fprintln(os.Stderr, "wrong sum")
		os.Exit(1)
	}
	sink = sum
	fmt.Printf("go %s %d insert %.1f lookup %.1f delete %.1f\n", kind, n,
		float64(t1.Sub(t0).Nanoseconds())/float64(n),
		float64(t2.Sub(t1).Nanoseconds())/float64(n*rounds),
		float64(t3.Sub(t2).Nanoseconds())/float64(n))
}

func benchAppend(n int) {
	reps := 20000000 / n
	if reps < 1 {
		reps = 1
	}
	t0 := time.Now()
	total := 0
	for r := 0; r < reps; r++ {
		var s []int
		for i := 0; i < n; i++ {
			s = append(s, i)
		}
		total += len(s)
	}
	el := time.Since(t0)
	sink = int64(total)
	fmt.Printf("go append %d %.2f\n", n, float64(el.Nanoseconds())/float64(n*reps))
}

func benchPingPong(n int) {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	t0 := time.Now()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	el := time.Since(t0)
	close(ping)
	if v != n {
		os.Exit(1)
	}
	fmt.Printf("go pingpong %d %.1f\n", n, float64(el.Nanoseconds())/float64(n))
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: main map int|str N | append N | pingpong N")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "map":
		n, _ := strconv.Atoi(os.Args[3])
		benchMap(os.Args[2], n)
	case "append":
		n, _ := strconv.Atoi(os.Args[2])
		benchAppend(n)
	case "pingpong":
		n, _ := strconv.Atoi(os.Args[2])
		benchPingPong(n)
	}
}
