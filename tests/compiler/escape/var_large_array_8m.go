package main

// Eight MiB of ints, declared: under the 10 MiB limit.
func main() {
	var a [1 << 20]int
	for i := range a {
		a[i] = i
	}
	println(a[len(a)-1])
}
