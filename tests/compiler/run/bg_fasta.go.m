bg_fasta.go:51:13: title does not escape
bg_fasta.go:51:20: s does not escape
bg_fasta.go:51:37: leaking param content: out
bg_fasta.go:72:18: title does not escape
bg_fasta.go:72:32: table does not escape
bg_fasta.go:72:53: leaking param content: out
bg_fasta.go:73:13: make([]acid, len(table)) escapes to heap
bg_fasta.go:113:11: ... argument does not escape
bg_fasta.go:113:22: (*strings.Builder).String(out) escapes to heap
