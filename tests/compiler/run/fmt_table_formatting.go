package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type money int64

func (m money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type point struct{ X, Y int }

type celsius float64

func (c celsius) Format() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

func main() {
	rows := []struct {
		name  string
		qty   int
		price money
		ratio float64
	}{
		{"widget", 3, 1999, 0.125},
		{"gadget-deluxe", 12, 250, 1.0 / 3},
		{"nut", 1000, -5, 12345.678},
	}
	fmt.Printf("|%-14s|%6s|%10s|%10s|\n", "name", "qty", "price", "ratio")
	fmt.Println("|" + strings.Repeat("-", 14) + "|" + strings.Repeat("-", 6) + "|" + strings.Repeat("-", 10) + "|" + strings.Repeat("-", 10) + "|")
	for _, r := range rows {
		fmt.Printf("|%-14.14s|%6d|%10v|%10.3f|\n", r.name, r.qty, r.price, r.ratio)
	}
	fmt.Printf("%v %+v %#v\n", point{1, -2}, point{1, -2}, point{1, -2})
	fmt.Printf("%T %T %T\n", rows[0].price, point{}, []*point{})
	fmt.Printf("[%5.1f] [%-8.3e] [%+d] [%x] [%X] [%o] [%b] [%08.3f]\n", 3.14159, 1234.5678, 42, 255, 3054, 8, 5, -3.5)
	fmt.Printf("[%q] [%v] [%s] [%c] [%U]\n", "tab\there", []string{"a", "b"}, []byte("hi"), 'G', 'é')
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 5, 42, 4, 7, 2, 2.71828)
	fmt.Printf("%v %v %v\n", celsius(21.55).Format(), []money{100, 5}, map[string]money{"b": 1, "a": 250})
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%d %s\n", "str", 5)
	s := fmt.Sprintf("%03d|%-3d|%3d", 7, 7, 7)
	fmt.Fprintln(os.Stdout, s, len(s))
	fmt.Println(strconv.Quote("line\nbreak"), strconv.Itoa(-45), fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "<%d>", i)
	}
	fmt.Println(sb.String(), sb.Len())
}
