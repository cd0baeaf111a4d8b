package exprs

import "fmt"

func f(a []int, m map[string]int, c chan int, p *struct{ x int }, i interface{}) {
	_ = a[1:] 
	_ = a[:2]
	_ = a[:]
	_ = a[1:2:3]
	_ = a[:2:3]
	_ = m["k"]
	v, ok := m["k"]
	_, _ = v, ok
	_ = <-c
	_ = p.x
	_ = (*p).x
	_ = &p.x
	_ = -1 + +2 * ^3 &^ 4 << 5 >> 6 % 7 / 8
	_ = !true || false && 1 < 2 == (3 >= 4) != (5 <= 6)
	_ = i.(fmt.Stringer).String()
	_ = []int(nil)
	_ = (func())(nil)
	_ = map[string]int{"a": 1, "b": 2}
	_ = [...]string{1: "x"}
	_ = struct{}{}
	_ = &struct{ x int }{x: 1}
	_ = func(x int) int { return x * 2 }(3)
	_ = fmt.Sprintf("%d %v", 1, a...)
	_ = make([]int, 0, 10)
	_ = new(int)
	_ = len(a) + cap(a)
	_ = append(a[:1], a[2:]...)
	_ = []*struct{}{{}, nil}
	_ = map[[2]int]string{{1, 2}: "x"}
	_ = 'a' + "b"[0]
	_ = interface{}(nil)
	_ = (<-chan int)(nil)
	_ = chan<- int(nil)
}
