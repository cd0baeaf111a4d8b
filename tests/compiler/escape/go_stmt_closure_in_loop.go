package main

// Func literals started by go inside a loop; results gathered by a channel.
func main() {
	out := make(chan int, 4)
	for i := 0; i < 4; i++ {
		sq := i * i
		go func() {
			out <- sq
		}()
	}
	n := 0
	for i := 0; i < 4; i++ {
		n += <-out
	}
	println(n)
}
