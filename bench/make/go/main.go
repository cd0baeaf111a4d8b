// Go versions of bench/make's C benchmarks, printing the same lines.
//
//	go run . map int|str N     insert / lookup / delete ns/op
//	go run . append N          append N ints to a nil slice, ns/op
//	go run . pingpong N        unbuffered ping-pong round trips, ns/op
//	go run . growth go|go-ptr N  the longest single insert building a map
package main

import (
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"
)

// cpuNow is the process's CPU time (user + system, all threads, the
// collector's included), as the C side measures.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// order visits 0..n-1 in a pseudo-random order (as map_bench.c does).
func order(j, n int) int { return int(uint64(j) * 1000003 % uint64(n)) }

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
	reps := 1000000 / n
	if reps < 1 {
		reps = 1
	}
	var tins, tlook, tdel time.Duration
	var sum int64
	skeys := make([]string, n)
	if kind == "str" {
		for i := range skeys {
			skeys[i] = "key-" + strconv.FormatInt(ikeys[i], 10)
		}
	}
	for rep := 0; rep < reps; rep++ {
		last := rep == reps-1
		if kind == "str" {
			m := make(map[string]int64)
			t := cpuNow()
			for i := 0; i < n; i++ {
				m[skeys[i]] = int64(i + 1)
			}
			tins += cpuNow() - t
			t = cpuNow()
			for r := 0; last && r < rounds; r++ {
				for j := 0; j < n; j++ {
					sum += m[skeys[order(j, n)]]
				}
			}
			tlook += cpuNow() - t
			t = cpuNow()
			for i := 0; i < n; i++ {
				delete(m, skeys[i])
			}
			tdel += cpuNow() - t
		} else {
			m := make(map[int64]int64)
			t := cpuNow()
			for i := 0; i < n; i++ {
				m[ikeys[i]] = int64(i + 1)
			}
			tins += cpuNow() - t
			t = cpuNow()
			for r := 0; last && r < rounds; r++ {
				for j := 0; j < n; j++ {
					sum += m[ikeys[order(j, n)]]
				}
			}
			tlook += cpuNow() - t
			t = cpuNow()
			for i := 0; i < n; i++ {
				delete(m, ikeys[i])
			}
			tdel += cpuNow() - t
		}
	}
	if sum != int64(rounds)*int64(n)*int64(n+1)/2 {
		fmt.Fprintln(os.Stderr, "wrong sum")
		os.Exit(1)
	}
	sink = sum
	fmt.Printf("go %s %d insert %.1f lookup %.1f delete %.1f\n", kind, n,
		float64(tins.Nanoseconds())/float64(n*reps),
		float64(tlook.Nanoseconds())/float64(n*rounds),
		float64(tdel.Nanoseconds())/float64(n*reps))
}

func benchAppend(n int) {
	reps := 20000000 / n
	if reps < 1 {
		reps = 1
	}
	t0 := cpuNow()
	total := 0
	for r := 0; r < reps; r++ {
		var s []int
		for i := 0; i < n; i++ {
			s = append(s, i)
		}
		total += len(s)
	}
	el := cpuNow() - t0
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

// benchGrowth builds a map of n int64 keys (values int64, or pointers to
// fresh int64s for go-ptr), timing every insert: the longest one shows
// what growth costs a single insert.
func benchGrowth(impl string, n int) {
	var worst time.Duration
	start := time.Now()
	mi := make(map[int64]int64)
	mp := make(map[int64]*int64)
	for i := 0; i < n; i++ {
		k := keyOf(i)
		var p *int64
		if impl == "go-ptr" {
			p = new(int64)
		}
		t := time.Now()
		if impl == "go-ptr" {
			mp[k] = p
		} else {
			mi[k] = int64(i + 1)
		}
		if d := time.Since(t); d > worst {
			worst = d
		}
	}
	if len(mi)+len(mp) != n {
		os.Exit(1)
	}
	fmt.Printf("growth %s %d longest_insert_ms %.3f total_s %.3f\n", impl, n,
		float64(worst.Nanoseconds())/1e6, time.Since(start).Seconds())
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
	case "growth":
		n, _ := strconv.Atoi(os.Args[3])
		benchGrowth(os.Args[2], n)
	}
}
