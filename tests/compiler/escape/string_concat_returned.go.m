string_concat_returned.go:4:12: name does not escape
string_concat_returned.go:5:19: "hello, " + name escapes to heap
string_concat_returned.go:8:12: a does not escape
string_concat_returned.go:8:15: b does not escape
string_concat_returned.go:8:18: c does not escape
string_concat_returned.go:9:27: a + "/" + b + "/" + c escapes to heap
