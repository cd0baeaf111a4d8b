package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type stats struct {
	mu     sync.Mutex
	counts map[string]int
	errs   []error
}

func (s *stats) record(kind string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[kind]++
	if err != nil {
		s.errs = append(s.errs, err)
	}
}

type taskError struct {
	id  int
	msg string
}

func (e *taskError) Error() string { return fmt.Sprintf("task %d: %s", e.id, e.msg) }

func run(id int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &taskError{id, fmt.Sprint("recovered: ", r)}
		}
	}()
	switch id % 4 {
	case 0:
		var m map[string]int
		m["boom"] = 1
	case 1:
		return &taskError{id, "failed"}
	case 2:
		a := []int{1, 2, 3}
		_ = a[id]
	}
	return nil
}

func main() {
	s := &stats{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			err := run(id)
			var te *taskError
			switch {
			case err == nil:
				s.record("ok", nil)
			case errors.As(err, &te):
				s.record(fmt.Sprintf("err%d", te.id%4), err)
			default:
				s.record("other", err)
			}
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0, len(s.counts))
	for k := range s.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, s.counts[k])
	}
	msgs := make([]string, len(s.errs))
	for i, e := range s.errs {
		msgs[i] = e.Error()
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
