package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go was designed at Google; the language is
expressive, concise, clean, and efficient — "simple" is the point.`

func wordFreq(s string) map[string]int {
	f := map[string]int{}
	clean := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r == '\'' {
			return r
		}
		return ' '
	}, strings.ToLower(s))
	for _, w := range strings.Fields(clean) {
		f[w]++
	}
	return f
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func main() {
	f := wordFreq(text)
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range f {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:5] {
		fmt.Printf("%-10s %d\n", e.w, e.c)
	}
	fmt.Println(len(text), len([]rune(text)), strings.Count(text, "Go"), strings.Index(text, "Google"))
	for i, l := range wrap(text, 28) {
		fmt.Printf("%2d: %-28s|\n", i, l)
	}
	fmt.Println(reverseRunes("héllo, wörld"), strings.Title("hello gopher"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' || r == 'e' {
			return -1
		}
		return r + 1
	}, "banana bread"))
	fmt.Println(strings.ReplaceAll(strings.ReplaceAll("<b>bold</b>", "<", "&lt;"), ">", "&gt;"))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Trim("xxhixx", "x"))
	for i, r := range "aé😀" {
		fmt.Print(i, ":", string(r), ":", len(string(r)), " ")
	}
	fmt.Println()
}
