// An LRU cache: a map plus a doubly linked list.
package main

import "fmt"

type entry struct {
	key, val   int
	prev, next *entry
}

type LRU struct {
	cap        int
	m          map[int]*entry
	head, tail *entry
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, m: map[int]*entry{}, head: &entry{}, tail: &entry{}}
	l.head.next, l.tail.prev = l.tail, l.head
	return l
}

func (l *LRU) unlink(e *entry) { e.prev.next, e.next.prev = e.next, e.prev }

func (l *LRU) front(e *entry) {
	e.next, e.prev = l.head.next, l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k int) (int, bool) {
	e, ok := l.m[k]
	if !ok {
		return 0, false
	}
	l.unlink(e)
	l.front(e)
	return e.val, true
}

func (l *LRU) Put(k, v int) {
	if e, ok := l.m[k]; ok {
		e.val = v
		l.unlink(e)
		l.front(e)
		return
	}
	if len(l.m) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.m, old.key)
	}
	e := &entry{key: k, val: v}
	l.m[k] = e
	l.front(e)
}

func main() {
	c := NewLRU(2)
	c.Put(1, 10)
	c.Put(2, 20)
	fmt.Println(c.Get(1))
	c.Put(3, 30)
	fmt.Println(c.Get(2))
	c.Put(4, 40)
	fmt.Println(c.Get(1))
	fmt.Println(c.Get(3))
	fmt.Println(c.Get(4))
}
