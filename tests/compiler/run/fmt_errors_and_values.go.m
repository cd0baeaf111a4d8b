fmt_errors_and_values.go:14:7: leaking param: p
fmt_errors_and_values.go:14:81: "line " + strconv.Itoa(p.line) + ": " + p.err.Error() escapes to heap
fmt_errors_and_values.go:15:7: leaking param: p to result ~r0 level=0
fmt_errors_and_values.go:22:7: leaking param: t
fmt_errors_and_values.go:24:10: &tree{...} escapes to heap
fmt_errors_and_values.go:34:7: t does not escape
fmt_errors_and_values.go:38:84: "(" + (*tree).String(t.left) + " " + strconv.Itoa(t.val) + " " + (*tree).String(t.right) + ")" escapes to heap
fmt_errors_and_values.go:41:12: leaking param content: lines
fmt_errors_and_values.go:46:24: parseErr{...} escapes to heap
fmt_errors_and_values.go:56:6: moved to heap: ne
fmt_errors_and_values.go:54:29: []string{...} does not escape
fmt_errors_and_values.go:55:13: ... argument does not escape
fmt_errors_and_values.go:55:13: nums escapes to heap
fmt_errors_and_values.go:57:13: ... argument does not escape
fmt_errors_and_values.go:57:23: errors.As(err, &ne) escapes to heap
fmt_errors_and_values.go:57:37: ne.Func escapes to heap
fmt_errors_and_values.go:57:46: ne.Num escapes to heap
fmt_errors_and_values.go:57:61: errors.Is(err, strconv.ErrSyntax) escapes to heap
fmt_errors_and_values.go:58:23: ... argument does not escape
fmt_errors_and_values.go:59:13: ... argument does not escape
fmt_errors_and_values.go:59:46: errors.Unwrap(wrapped) == err escapes to heap
fmt_errors_and_values.go:61:25: []int{...} does not escape
fmt_errors_and_values.go:64:13: ... argument does not escape
fmt_errors_and_values.go:65:12: ... argument does not escape
fmt_errors_and_values.go:65:54: root.val escapes to heap
fmt_errors_and_values.go:67:13: ... argument does not escape
fmt_errors_and_values.go:67:28: (*tree).String(nilTree) escapes to heap
fmt_errors_and_values.go:67:40: nilTree == nil escapes to heap
fmt_errors_and_values.go:70:13: ... argument does not escape
fmt_errors_and_values.go:70:16: e == nil escapes to heap
fmt_errors_and_values.go:70:27: ps == nil escapes to heap
fmt_errors_and_values.go:70:45: fmt.Sprint(... argument...) escapes to heap
fmt_errors_and_values.go:70:45: ... argument does not escape
fmt_errors_and_values.go:70:61: fmt.Sprintf("%v", ... argument...) escapes to heap
fmt_errors_and_values.go:70:61: ... argument does not escape
fmt_errors_and_values.go:70:75: []error{...} escapes to heap
fmt_errors_and_values.go:70:75: []error{...} escapes to heap
fmt_errors_and_values.go:71:29: map[string]interface {}{...} escapes to heap
fmt_errors_and_values.go:71:35: 1 escapes to heap
fmt_errors_and_values.go:71:45: "s" escapes to heap
fmt_errors_and_values.go:71:71: []int{} escapes to heap
fmt_errors_and_values.go:71:78: []int{} escapes to heap
fmt_errors_and_values.go:71:101: map[int]bool{} escapes to heap
fmt_errors_and_values.go:72:13: ... argument does not escape
fmt_errors_and_values.go:79:12: ... argument does not escape
fmt_errors_and_values.go:79:31: zeroes{} escapes to heap
fmt_errors_and_values.go:79:53: &tree{...} escapes to heap
fmt_errors_and_values.go:81:13: ... argument does not escape
fmt_errors_and_values.go:81:13: f escapes to heap
fmt_errors_and_values.go:83:13: ... argument does not escape
fmt_errors_and_values.go:83:13: b escapes to heap
fmt_errors_and_values.go:85:13: ... argument does not escape
fmt_errors_and_values.go:85:13: u escapes to heap
fmt_errors_and_values.go:87:13: ... argument does not escape
fmt_errors_and_values.go:87:13: i escapes to heap
