param_leak_content.go:6:18: leaking param content: pp
param_leak_content.go:12:16: leaking param content: h
