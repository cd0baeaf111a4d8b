package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                            { return fmt.Sprint(float64(n)) }

var ErrUnbound = errors.New("unbound variable")

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("%w: %s", ErrUnbound, string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }

func (b *Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, errors.New("division by zero")
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad operator %q", b.Op)
}

func (b *Bin) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

func vars(e Expr, seen map[string]bool) {
	switch e := e.(type) {
	case Var:
		seen[string(e)] = true
	case *Bin:
		vars(e.L, seen)
		vars(e.R, seen)
	}
}

type byLen []Expr

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i].String()) < len(s[j].String()) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	env := map[string]float64{"x": 3, "y": 4.5}
	exprs := []Expr{
		&Bin{'+', Num(1), &Bin{'*', Var("x"), Var("y")}},
		&Bin{'/', Var("x"), Num(0)},
		Var("z"),
		Num(2.25),
		&Bin{'%', Num(1), Num(2)},
		&Bin{'-', &Bin{'-', Var("y"), Var("x")}, Num(0.5)},
	}
	sort.Stable(byLen(exprs))
	for _, e := range exprs {
		v, err := e.Eval(env)
		switch {
		case errors.Is(err, ErrUnbound):
			fmt.Printf("%-22s unbound (%v)\n", e, err)
		case err != nil:
			fmt.Printf("%-22s error: %v\n", e, err)
		default:
			fmt.Printf("%-22s = %g\n", e, v)
		}
	}
	seen := map[string]bool{}
	for _, e := range exprs {
		vars(e, seen)
	}
	var names []string
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, ","), len(seen))
	var s fmt.Stringer = Num(1.5)
	if _, ok := s.(Expr); ok {
		fmt.Printf("%v is an Expr of type %T\n", s, s)
	}
}
