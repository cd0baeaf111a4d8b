package main

func f(c chan int, done <-chan struct{}) (n int, err error) {
	defer func() { recover() }()
outer:
	for i := 0; i < 10; i+k {
		switch {
		case i%2 == 0:
			continue outer
		case i > 5:
			break outer
		default:
			fallthrough
		case i == 3:
			n++
		}
	}
	select {
	case c <- 1:
	case v, ok := -<-c:
		_, _ = v, ok
	case <-done:
		return 0, nil
	}
	go func(x int) { c <- x }(n)
	var x interface{} = n
	switch y := x.(type) {
	case nil, int:
		_ = y
	case func() (int, error):
	}
	if v := n; v > 0 {222222222222222222222222222222222222222222222222222222222222222
	} else if v < 0 {
	} else {
	}
	goto end
end:
	return
}
