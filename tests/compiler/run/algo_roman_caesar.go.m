algo_roman_caesar.go:10:15: []int{...} does not escape
algo_roman_caesar.go:11:18: []string{...} does not escape
algo_roman_caesar.go:22:13: s does not escape
algo_roman_caesar.go:23:15: ([]rune)(s) does not escape
algo_roman_caesar.go:32:15: string(out) escapes to heap
algo_roman_caesar.go:35:17: s does not escape
algo_roman_caesar.go:36:13: ([]rune)(strings.ToLower(s)) does not escape
algo_roman_caesar.go:46:25: []int{...} does not escape
algo_roman_caesar.go:47:12: ... argument does not escape
algo_roman_caesar.go:47:18: roman(n) escapes to heap
algo_roman_caesar.go:47:23: " " escapes to heap
algo_roman_caesar.go:51:13: ... argument does not escape
algo_roman_caesar.go:51:13: enc escapes to heap
algo_roman_caesar.go:51:25: caesar(enc, -3) escapes to heap
algo_roman_caesar.go:52:13: ... argument does not escape
algo_roman_caesar.go:52:24: palindrome("Racecar") escapes to heap
algo_roman_caesar.go:52:47: palindrome("gopher") escapes to heap
