package main

func f() {
	x := 1
	switch x {
	case "a":
	}
	for i := range 10 {
		_ = i
	}
	var ch chan int
	select {
	case x > 1:
	}
	go 1
	defer x
	_ = ch
}
