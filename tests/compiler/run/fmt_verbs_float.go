// fmt floating-point verbs.
package main

import "fmt"

func main() {
	x := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|\n", x, x, x, x)
	fmt.Printf("%e|%E|%g|%G\n", x, x, x, 1e21)
	fmt.Printf("%v %v %v %v\n", 0.1+0.2, 1e6, 1e21, 100.0)
	fmt.Printf("%g %g %g\n", 0.000001, 1e-7, 123456789.0)
	fmt.Println(2.5, float32(0.1), 1.0/3.0)
	var z float64
	big := 1e308
	fmt.Println(-z, big*10, -big*10, z)
}
