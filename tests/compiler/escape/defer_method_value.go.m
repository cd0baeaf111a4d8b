defer_method_value.go:5:7: r does not escape
defer_method_value.go:9:7: &res{...} does not escape
