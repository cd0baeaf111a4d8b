param_does_not_escape.go:6:10: p does not escape
param_does_not_escape.go:10:12: s does not escape
param_does_not_escape.go:10:21: m does not escape
