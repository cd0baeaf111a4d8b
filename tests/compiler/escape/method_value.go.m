method_value.go:5:7: a does not escape
method_value.go:10:8: a.add does not escape
