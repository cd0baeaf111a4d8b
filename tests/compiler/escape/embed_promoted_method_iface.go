package main

import "fmt"

type logger struct{ prefix string }

func (l logger) Log(s string) { fmt.Println(l.prefix + s) }

type service struct {
	logger
	n int
}

type Logger interface{ Log(string) }

// A promoted value method satisfies an interface.
func main() {
	s := service{logger{"svc: "}, 1}
	var l Logger = s
	l.Log("up")
}
