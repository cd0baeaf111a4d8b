fmt_errorf.go:6:11: leaking param: err
fmt_errorf.go:6:22: leaking param: op
fmt_errorf.go:7:19: ... argument does not escape
fmt_errorf.go:7:20: op escapes to heap
