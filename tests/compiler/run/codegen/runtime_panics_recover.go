// gomem codegen test (see tests/compiler/run/CMakeLists.txt).
package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name, "error:", err)
		} else {
			fmt.Println(name, "value:", r)
		}
	}()
	f()
}

type T struct{ x int }

func (t *T) Get() int { return t.x }

func nested() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("outer caught ", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-", r))
		}()
		panic("inner")
	}()
	return "unreachable"
}

func main() {
	try("idx", func() {
		a := []int{1, 2, 3}
		i := 5
		_ = a[i]
	})
	try("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("assert", func() {
		var x interface{} = 3.5
		_ = x.(string)
	})
	try("assert2", func() {
		var x interface{} = T{}
		_ = x.(fmt.Stringer)
	})
	try("nilptr", func() {
		var t *T
		fmt.Println(t.Get())
	})
	try("custom", func() { panic(E{"bad"}) })
	try("err", func() { panic(errors.New("plain")) })
	try("int", func() { panic(42) })
	try("close", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("slice", func() {
		a := make([]int, 3, 5)
		j := 6
		_ = a[1:j]
	})
	try("div", func() {
		z := 0
		fmt.Println(10 % z)
	})
	try("conv", func() {
		var s fmt.Stringer
		_ = s.(interface{ Foo() })
	})
	fmt.Println(nested())
	fmt.Println(recover())
	var arr [4]int
	k := 4
	defer fmt.Println("main deferred")
	arr[k%5] = 1
}
