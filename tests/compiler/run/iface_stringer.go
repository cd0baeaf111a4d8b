// fmt uses String() and Error() methods.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type pt struct{ x, y int }

func (p *pt) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	p := pt{1, 2}
	fmt.Println(&p, p)
	fmt.Println([]Color{Blue, Red})
}
