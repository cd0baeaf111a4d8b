package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func merge(a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v * 100
			}
		}
	}()
	return out
}

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request, quit <-chan bool) {
	for {
		select {
		case r := <-reqs:
			r.reply <- r.n * r.n
		case <-quit:
			return
		}
	}
}

func main() {
	sum, count := 0, 0
	for v := range merge(gen(5), gen(3)) {
		sum += v
		count++
	}
	fmt.Println(sum, count)

	reqs := make(chan request)
	quit := make(chan bool)
	done := make(chan struct{})
	go func() {
		server(reqs, quit)
		close(done)
	}()
	for i := 1; i <= 4; i++ {
		r := request{i, make(chan int, 1)}
		reqs <- r
		fmt.Print(<-r.reply, " ")
	}
	fmt.Println()
	quit <- true
	<-done

	buf := make(chan string, 3)
	for _, s := range []string{"a", "b", "c", "d"} {
		select {
		case buf <- s:
		default:
			fmt.Println("full, dropped", s)
		}
	}
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	fmt.Println(len(buf), cap(buf))
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	results := make(chan int, 10)
	for w := 0; w < 10; w++ {
		go func(w int) { results <- w * w }(w)
	}
	total := 0
	for i := 0; i < 10; i++ {
		total += <-results
	}
	fmt.Println("total", total)
}
