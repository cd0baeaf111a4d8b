// Values boxed into interfaces in a hot loop.
package main

import "fmt"

type shape interface{ area() float64 }

type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64   { return r.w * r.h }
func (c circle) area() float64 { return 3 * c.r * c.r }

func main() {
	var shapes []shape
	for i := 0; i < 1000; i++ {
		if i%2 == 0 {
			shapes = append(shapes, rect{float64(i), 2})
		} else {
			shapes = append(shapes, circle{float64(i % 10)})
		}
	}
	total := 0.0
	for _, s := range shapes {
		total += s.area()
	}
	fmt.Printf("%d shapes, total area %.1f\n", len(shapes), total)
}
