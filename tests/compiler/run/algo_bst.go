// A binary search tree: insert, search, in-order traversal, height.
package main

import "fmt"

type tree struct {
	key         int
	left, right *tree
}

func insert(t *tree, k int) *tree {
	if t == nil {
		return &tree{key: k}
	}
	if k < t.key {
		t.left = insert(t.left, k)
	} else if k > t.key {
		t.right = insert(t.right, k)
	}
	return t
}

func (t *tree) walk(f func(int)) {
	if t == nil {
		return
	}
	t.left.walk(f)
	f(t.key)
	t.right.walk(f)
}

func (t *tree) height() int {
	if t == nil {
		return 0
	}
	l, r := t.left.height(), t.right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *tree) has(k int) bool {
	for t != nil {
		switch {
		case k < t.key:
			t = t.left
		case k > t.key:
			t = t.right
		default:
			return true
		}
	}
	return false
}

func main() {
	var root *tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		root = insert(root, k)
	}
	var keys []int
	root.walk(func(k int) { keys = append(keys, k) })
	fmt.Println(keys, root.height(), root.has(65), root.has(66))
}
