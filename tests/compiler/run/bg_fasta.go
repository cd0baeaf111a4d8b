// Benchmarks Game: fasta, n = 1000 by default.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

const lineWidth = 60

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type acid struct {
	c byte
	p float64
}

var iub = []acid{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var homo = []acid{
	{'a', 0.3029549426680}, {'c', 0.1979883004921},
	{'g', 0.1975473066391}, {'t', 0.3015094502008},
}

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last uint32 = 42

func random(max float64) float64 {
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

func repeat(title, s string, n int, out *strings.Builder) {
	out.WriteString(title)
	out.WriteByte('\n')
	pos := 0
	for n > 0 {
		k := lineWidth
		if n < k {
			k = n
		}
		for i := 0; i < k; i++ {
			out.WriteByte(s[pos])
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		out.WriteByte('\n')
		n -= k
	}
}

func randomFasta(title string, table []acid, n int, out *strings.Builder) {
	cum := make([]acid, len(table))
	p := 0.0
	for i, a := range table {
		p += a.p
		cum[i] = acid{a.c, p}
	}
	out.WriteString(title)
	out.WriteByte('\n')
	for n > 0 {
		k := lineWidth
		if n < k {
			k = n
		}
		for i := 0; i < k; i++ {
			r := random(1.0)
			c := cum[len(cum)-1].c
			for _, a := range cum {
				if r < a.p {
					c = a.c
					break
				}
			}
			out.WriteByte(c)
		}
		out.WriteByte('\n')
		n -= k
	}
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	var out strings.Builder
	repeat(">ONE Homo sapiens alu", alu, 2*n, &out)
	randomFasta(">TWO IUB ambiguity codes", iub, 3*n, &out)
	randomFasta(">THREE Homo sapiens frequency", homo, 5*n, &out)
	fmt.Print(out.String())
}
