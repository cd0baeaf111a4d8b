package types

import (
	"io"
	"sync"
)

type (
	Alias = map[string][]*int
	Arr   [4][2]byte
	Arr2  [2 * N]int
	Ch    chan<- <-chan int
	Ch2   chan (<-chan int)
	Fn    func(a, b int, c ...string) (n int, err error)
	Fn2   func(int, string) func() error
	Fn3   func(...interface{})
	St    struct {
		io.Reader
		*sync.Mutex
		a, b  int `tag:"x"`
		_     [0]func()
		inner struct{ x, y float64 }
	}
	If interface {
		io.Writer
		Close() error
		Read(p []byte) (n int, err error)
	}
	Empty interface{}
	Ptr   *[]map[Arr]Ch
)

const N = 3

func (s *St) Method(x, y int) (z int) { return }
func (St) Value() {}
func (_ *St) Blank()  {}
