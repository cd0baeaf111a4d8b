fmt_sprintf_result.go:6:20: leaking param: name
fmt_sprintf_result.go:7:20: ... argument does not escape
fmt_sprintf_result.go:7:21: id escapes to heap
fmt_sprintf_result.go:7:21: name escapes to heap
