string_substring_param.go:4:10: leaking param: s to result ~r0 level=0
string_substring_param.go:8:16: s does not escape
