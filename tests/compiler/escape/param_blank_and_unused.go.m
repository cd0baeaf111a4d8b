param_blank_and_unused.go:4:21: q does not escape
param_blank_and_unused.go:4:29: s does not escape
