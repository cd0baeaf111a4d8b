// Type switches and type assertions with comma-ok.
package main

import "fmt"

type celsius float64

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	case celsius:
		return fmt.Sprintf("%.1f degrees", float64(x))
	case []int:
		return fmt.Sprintf("slice of %d", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []interface{}{nil, 1, "s", celsius(21.5), []int{1, 2}, fmt.Errorf("e%d", 1), 2.5} {
		fmt.Println(describe(v))
	}
	var i interface{} = "hello"
	s, ok := i.(string)
	n, ok2 := i.(int)
	fmt.Println(s, ok, n, ok2)
}
