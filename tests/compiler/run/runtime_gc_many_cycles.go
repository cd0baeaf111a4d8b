// Many explicit GC cycles interleaved with allocation.
package main

import (
	"fmt"
	"runtime"
)

type blob struct {
	next *blob
	data []byte
}

func main() {
	var keep *blob
	sum := 0
	for cycle := 0; cycle < 20; cycle++ {
		for i := 0; i < 500; i++ {
			b := &blob{data: make([]byte, 128)}
			b.data[0] = byte(i)
			if i%100 == 0 {
				b.next = keep
				keep = b
			}
			sum += int(b.data[0])
		}
		runtime.GC()
	}
	n := 0
	for p := keep; p != nil; p = p.next {
		n++
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(sum, n, ms.NumGC >= 20)
}
