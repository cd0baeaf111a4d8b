package main

func f() int {
	for {
		break
	}
}

func g(x int) int {
	if x > 0 {
		return 1
	}
}

func h() {
	return 1
}

func k() (int, string) {
	return 1
}

func main() {
	x := 1
	x := 2
	if x {
	}
	var ch <-chan int
	ch <- 1
	const c = 1
	c = 2
	1 + 2
	_ = x
}
