// Large objects (over 32 KiB) allocated and dropped repeatedly.
package main

import "fmt"

func main() {
	sum := 0
	var keep []byte
	for i := 0; i < 100; i++ {
		b := make([]byte, 100000+i)
		b[len(b)-1] = byte(i)
		sum += int(b[len(b)-1]) + len(b)
		if i == 50 {
			keep = b
		}
	}
	fmt.Println(sum, len(keep), keep[len(keep)-1])
}
