// Interface embedding and struct embedding with promoted methods.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type buffer struct{ data []string }

func (b *buffer) Write(s string) { b.data = append(b.data, s) }
func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type logged struct {
	*buffer
	writes int
}

func (l *logged) Write(s string) {
	l.writes++
	l.buffer.Write("[" + s + "]")
}

func main() {
	var rw ReadWriter = &logged{buffer: &buffer{}}
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	fmt.Println(rw.(*logged).writes)
	var r Reader = rw
	_, isW := r.(Writer)
	fmt.Println(isW)
}
