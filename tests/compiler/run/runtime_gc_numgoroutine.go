// runtime.GC, runtime.NumGoroutine before any goroutine starts, GOMAXPROCS > 0.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	runtime.GC()
	fmt.Println(runtime.GOMAXPROCS(0) > 0)
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.HeapAlloc > 0, ms.Sys >= ms.HeapSys)
}
