method_expression.go:7:7: n does not escape
