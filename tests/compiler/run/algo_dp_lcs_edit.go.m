algo_dp_lcs_edit.go:18:14: lcs ignoring self-assignment in dp[i][j] = dp[i][j + 1]
algo_dp_lcs_edit.go:6:10: a does not escape
algo_dp_lcs_edit.go:6:13: b does not escape
algo_dp_lcs_edit.go:7:12: make([][]int, len(a) + 1) escapes to heap
algo_dp_lcs_edit.go:9:15: make([]int, len(b) + 1) escapes to heap
algo_dp_lcs_edit.go:35:15: string(out) escapes to heap
algo_dp_lcs_edit.go:38:11: a does not escape
algo_dp_lcs_edit.go:38:14: b does not escape
algo_dp_lcs_edit.go:39:14: make([]int, len(b) + 1) escapes to heap
algo_dp_lcs_edit.go:40:13: make([]int, len(b) + 1) escapes to heap
algo_dp_lcs_edit.go:65:13: ... argument does not escape
algo_dp_lcs_edit.go:65:17: lcs("AGGTAB", "GXTXAYB") escapes to heap
algo_dp_lcs_edit.go:65:44: edit("kitten", "sitting") escapes to heap
algo_dp_lcs_edit.go:65:71: edit("", "abc") escapes to heap
algo_dp_lcs_edit.go:65:88: edit("flaw", "lawn") escapes to heap
