// runtime.GC and runtime.ReadMemStats: only properties that always hold.
package main

import (
	"fmt"
	"runtime"
)

var sink [][]byte

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sink = append(sink, make([]byte, 1024))
	}
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("gc ran:", after.NumGC > before.NumGC)
	fmt.Println("allocated at least 1 MB:", after.TotalAlloc-before.TotalAlloc >= 1000*1024)
	fmt.Println("mallocs grew:", after.Mallocs > before.Mallocs)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
