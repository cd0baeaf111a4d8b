package main

type buf struct {
	data []byte
}

func (b *buf) write(c byte) { b.data = append(b.data, c) }

func (b *buf) size() int { return len(b.data) }

// Pointer-receiver methods on an addressable local.
func main() {
	var b buf
	b.write('a')
	b.write('b')
	println(b.size())
}
