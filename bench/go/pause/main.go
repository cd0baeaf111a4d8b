// bench/go/pause — owns the Go version of bench/pause.c: the same live heap
// (complete binary trees of depth 15 of 32-byte nodes with cross links), the
// same mutator loop (a short-lived 4-node list per iteration, kept for 4096
// iterations; a pointer store into the old heap every 16th iteration) and the
// same report.  The collector's longest stop-the-world pause is the top of
// the highest non-empty bucket of runtime/metrics "/gc/pauses:seconds" (Go
// records every stop-the-world pause there; buckets are about 12% wide).
// stdout is identical to the C program's.
package main

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"time"
)

const (
	treeDepth   = 15
	recentN     = 1024
	ringN       = 4096
	listLen     = 4
	rewireEvery = 16
)

type PNode struct {
	left, right, link *PNode
	value             uint64
}

var (
	trees   []*PNode
	recent  [recentN]*PNode
	nrecent uint64
	ring    [ringN]*PNode
	rngS    uint64 = 0x9E3779B97F4A7C15
)

func rng() uint64 {
	x := rngS
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	rngS = x
	return x
}

func build(depth int) *PNode {
	var left, right *PNode
	if depth > 0 {
		left = build(depth - 1)
		right = build(depth - 1)
	}
	n := &PNode{left: left, right: right}
	n.link = recent[rng()%recentN]
	n.value = uint64(depth)
	recent[nrecent%recentN] = n
	nrecent++
	return n
}

func count(n *PNode, sum *uint64) int64 {
	var c int64
	for n != nil {
		*sum += n.value & 0xff
		c += 1 + count(n.left, sum)
		n = n.right
	}
	return c
}

// Gap histogram: 100 ns buckets below 100 us, 10 us below 10 ms, 1 ms above.
const (
	h1       = 1000
	h2       = 990
	h3       = 9990
	nBuckets = h1 + h2 + h3 + 1
)

var hist [nBuckets]uint64

func bucket(ns uint64) int {
	switch {
	case ns < 100000:
		return int(ns / 100)
	case ns < 10000000:
		return h1 + int((ns-100000)/10000)
	case ns < 10000000000:
		return h1 + h2 + int((ns-10000000)/1000000)
	}
	return nBuckets - 1
}

func bucketTopMs(b int) float64 {
	switch {
	case b < h1:
		return float64((b+1)*100) / 1e6
	case b < h1+h2:
		return float64(100000+uint64(b-h1+1)*10000) / 1e6
	}
	return float64(10000000+uint64(b-h1-h2+1)*1000000) / 1e6
}

func percentileMs(total uint64, q float64) float64 {
	want := uint64(q * float64(total))
	var seen uint64
	for b := 0; b < nBuckets; b++ {
		seen += hist[b]
		if seen > want {
			return bucketTopMs(b)
		}
	}
	return bucketTopMs(nBuckets - 1)
}

func pauseHist() *metrics.Float64Histogram {
	s := []metrics.Sample{{Name: "/gc/pauses:seconds"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindFloat64Histogram {
		return nil
	}
	return s[0].Value.Float64Histogram()
}

// maxPauseNs: top of the highest bucket that gained counts since before.
func maxPauseNs(before, after *metrics.Float64Histogram) float64 {
	if after == nil {
		return 0
	}
	for i := len(after.Counts) - 1; i >= 0; i-- {
		var b uint64
		if before != nil && i < len(before.Counts) {
			b = before.Counts[i]
		}
		if after.Counts[i] > b {
			top := after.Buckets[i+1]
			if math.IsInf(top, 1) {
				top = after.Buckets[i]
			}
			return top * 1e9
		}
	}
	return 0
}

func main() {
	mib := int64(256)
	secs := 10.0
	if len(os.Args) > 1 {
		if v, err := strconv.ParseInt(os.Args[1], 10, 64); err == nil && v >= 4 {
			mib = v
		}
	}
	if len(os.Args) > 2 {
		if v, err := strconv.ParseFloat(os.Args[2], 64); err == nil && v > 0 {
			secs = v
		}
	}
	treeNodes := int64(1)<<(treeDepth+1) - 1
	ntrees := (mib << 20) / (32 * treeNodes)
	t0 := time.Now()
	trees = make([]*PNode, ntrees)
	for i := range trees {
		trees[i] = build(treeDepth)
	}
	var sum uint64
	nodes := count(trees[0], &sum) + count(trees[ntrees/2], &sum) + count(trees[ntrees-1], &sum)
	fmt.Printf("live heap: %d trees of %d nodes of %d bytes (%d MiB); sample %d nodes, sum %d\n",
		ntrees, treeNodes, 32, ntrees*treeNodes*32>>20, nodes, sum)
	runtime.GC()
	buildS := time.Since(t0).Seconds()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gcs0 := ms.NumGC
	ph0 := pauseHist()

	start := time.Now()
	prev := start
	end := start.Add(time.Duration(secs * 1e9))
	var iters, gapMax, lost uint64
	for {
		var list *PNode
		for k := 0; k < listLen; k++ {
			list = &PNode{left: list, value: iters}
		}
		ring[iters%ringN] = list
		if iters%rewireEvery == 0 {
			r := rng()
			t := trees[r%uint64(ntrees)]
			r >>= 20
			for d := 0; d < 8; d++ {
				if r&1 != 0 {
					t = t.right
				} else {
					t = t.left
				}
				r >>= 1
			}
			t.link = trees[rng()%uint64(ntrees)]
		}
		iters++
		now := time.Now()
		gap := uint64(now.Sub(prev))
		prev = now
		hist[bucket(gap)]++
		if gap > gapMax {
			gapMax = gap
		}
		if gap > 1000000 {
			lost += gap
		}
		if !now.Before(end) {
			break
		}
	}
	runS := prev.Sub(start).Seconds()
	runtime.ReadMemStats(&ms)
	gcs := ms.NumGC - gcs0
	stw := maxPauseNs(ph0, pauseHist())

	var sum2 uint64
	nodes2 := count(trees[0], &sum2) + count(trees[ntrees/2], &sum2) + count(trees[ntrees-1], &sum2)
	state := ", intact"
	if nodes2 != nodes {
		state = ", BROKEN"
	}
	fmt.Printf("after the run: sample %d nodes%s\n", nodes2, state)
	fmt.Fprintf(os.Stderr, "pause go %d MiB: %d gcs in %.1f s, stw max %.3f ms, gap max %.3f ms, p99.9 %.3f ms, "+
		"p99 %.3f ms, lost in gaps > 1 ms %.3f s, %.2f M iterations/s, build %.1f s\n",
		mib, gcs, runS, stw/1e6, float64(gapMax)/1e6, percentileMs(iters, 0.999),
		percentileMs(iters, 0.99), float64(lost)/1e9, float64(iters)/runS/1e6, buildS)
	fmt.Fprintf(os.Stderr, "BENCH gcs=%d stw_max_ms=%.3f gap_max_ms=%.3f gap_p999_ms=%.3f gap_p99_ms=%.3f "+
		"lost_gt1ms_s=%.3f miter_per_s=%.3f build_s=%.2f\n",
		gcs, stw/1e6, float64(gapMax)/1e6, percentileMs(iters, 0.999), percentileMs(iters, 0.99),
		float64(lost)/1e9, float64(iters)/runS/1e6, buildS)
	if nodes2 != nodes {
		os.Exit(1)
	}
}
