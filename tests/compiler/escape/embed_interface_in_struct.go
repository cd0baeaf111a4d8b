package p

type Reader interface{ Read() int }

type counting struct {
	Reader
	n int
}

// A struct embedding an interface, used through the interface.
func (c *counting) Read() int {
	c.n++
	return c.Reader.Read()
}

func wrap(r Reader) *counting {
	return &counting{Reader: r}
}
