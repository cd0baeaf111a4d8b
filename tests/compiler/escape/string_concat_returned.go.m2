string_concat_returned.go:5:19: "hello, " + name escapes to heap:
string_concat_returned.go:5:19:   flow: ~r0 = &{storage for "hello, " + name}:
string_concat_returned.go:5:19:     from "hello, " + name (spill) at string_concat_returned.go:5:19
string_concat_returned.go:5:19:     from return "hello, " + name (return) at string_concat_returned.go:5:2
string_concat_returned.go:4:12: name does not escape
string_concat_returned.go:5:19: "hello, " + name escapes to heap
string_concat_returned.go:9:27: a + "/" + b + "/" + c escapes to heap:
string_concat_returned.go:9:27:   flow: ~r0 = &{storage for a + "/" + b + "/" + c}:
string_concat_returned.go:9:27:     from a + "/" + b + "/" + c (spill) at string_concat_returned.go:9:27
string_concat_returned.go:9:27:     from return a + "/" + b + "/" + c (return) at string_concat_returned.go:9:2
string_concat_returned.go:8:12: a does not escape
string_concat_returned.go:8:15: b does not escape
string_concat_returned.go:8:18: c does not escape
string_concat_returned.go:9:27: a + "/" + b + "/" + c escapes to heap
