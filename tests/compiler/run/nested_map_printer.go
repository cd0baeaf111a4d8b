// Printing nested map[string]interface{} data with sorted keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func show(v interface{}, indent int) string {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteString("{\n")
		for _, k := range keys {
			fmt.Fprintf(&b, "%s  %q: %s\n", pad, k, show(x[k], indent+1))
		}
		b.WriteString(pad + "}")
		return b.String()
	case []interface{}:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e, indent+1)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case string:
		return fmt.Sprintf("%q", x)
	default:
		return fmt.Sprint(x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "gomem",
		"version": 1,
		"tags":    []interface{}{"gc", "escape", 3.5, true},
		"owner":   map[string]interface{}{"team": "runtime", "size": 4},
	}
	fmt.Println(show(doc, 0))
}
