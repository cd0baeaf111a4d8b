// An ASCII Mandelbrot set (float64 arithmetic only).
package main

import "fmt"

func main() {
	const w, h, iters = 48, 16, 50
	for y := 0; y < h; y++ {
		line := make([]byte, w)
		for x := 0; x < w; x++ {
			cr := -2.2 + 3.0*float64(x)/w
			ci := -1.2 + 2.4*float64(y)/h
			zr, zi := 0.0, 0.0
			n := 0
			for ; n < iters && zr*zr+zi*zi <= 4; n++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			line[x] = " .:-=+*#%@"[n*9/iters]
		}
		fmt.Println(string(line))
	}
}
