// Conway's game of life on a small torus: a glider for a few generations.
package main

import (
	"fmt"
	"strings"
)

const w, h = 8, 6

type grid [h][w]bool

func (g *grid) step() *grid {
	var n grid
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && g[(y+dy+h)%h][(x+dx+w)%w] {
						c++
					}
				}
			}
			n[y][x] = c == 3 || (c == 2 && g[y][x])
		}
	}
	return &n
}

func (g *grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	g := &grid{}
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	for i := 0; i < 4; i++ {
		fmt.Print(g, "\n")
		g = g.step()
	}
}
