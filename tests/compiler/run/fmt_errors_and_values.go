package main

import (
	"errors"
	"fmt"
	"strconv"
)

type parseErr struct {
	line int
	err  error
}

func (p parseErr) Error() string { return "line " + strconv.Itoa(p.line) + ": " + p.err.Error() }
func (p parseErr) Unwrap() error { return p.err }

type tree struct {
	left, right *tree
	val         int
}

func (t *tree) insert(v int) *tree {
	if t == nil {
		return &tree{val: v}
	}
	if v < t.val {
		t.left = t.left.insert(v)
	} else {
		t.right = t.right.insert(v)
	}
	return t
}

func (t *tree) String() string {
	if t == nil {
		return "()"
	}
	return "(" + t.left.String() + " " + strconv.Itoa(t.val) + " " + t.right.String() + ")"
}

func parse(lines []string) ([]int, error) {
	var out []int
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return out, parseErr{i + 1, err}
		}
		out = append(out, n)
	}
	return out, nil
}

func main() {
	nums, err := parse([]string{"5", "3", "8", "x1", "9"})
	fmt.Println(nums, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax))
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	var root *tree
	for _, n := range []int{5, 3, 8, 1, 4, 9} {
		root = root.insert(n)
	}
	fmt.Println(root)
	fmt.Printf("%v|%s|%d\n", root.left, root.right, root.val)
	var nilTree *tree
	fmt.Println(nilTree.String(), nilTree == nil)
	var e error
	var ps *parseErr
	fmt.Println(e == nil, ps == nil, fmt.Sprint(e), fmt.Sprintf("%v", []error{nil, errors.New("x")}))
	m := map[string]interface{}{"int": 1, "str": "s", "nil": nil, "slice": []int{}, "map": map[int]bool{}}
	fmt.Println(m)
	type zeroes struct {
		A *int
		B []string
		C map[string]int
		D error
	}
	fmt.Printf("%v %+v\n", zeroes{}, struct{ P *tree }{&tree{val: 1}})
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	i, err := strconv.ParseInt("7fffffffffffffff0", 16, 64)
	fmt.Println(i, err)
}
