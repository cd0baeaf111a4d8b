package main

import "runtime"

// runtime.ReadMemStats takes a pointer to a local struct.
func main() {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println(m.NumGC > 0, runtime.NumGoroutine())
}
