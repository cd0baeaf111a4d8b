// An expression tree evaluated through interfaces.
package main

import (
	"fmt"
	"strconv"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]float64) float64   { return float64(n) }
func (n Num) String() string                     { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                     { return string(v) }

func (b *Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	}
	return l / r
}

func (b *Bin) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

func main() {
	e := &Bin{'+', &Bin{'*', Num(2), Var("x")}, &Bin{'/', Var("y"), Num(4)}}
	env := map[string]float64{"x": 3, "y": 10}
	fmt.Println(e, "=", e.Eval(env))
	env["x"] = -1.5
	fmt.Println(e.Eval(env))
}
