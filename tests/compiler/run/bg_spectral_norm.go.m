bg_spectral_norm.go:14:12: v does not escape
bg_spectral_norm.go:14:15: out does not escape
bg_spectral_norm.go:24:13: v does not escape
bg_spectral_norm.go:24:16: out does not escape
bg_spectral_norm.go:34:14: v does not escape
bg_spectral_norm.go:34:17: out does not escape
bg_spectral_norm.go:34:22: tmp does not escape
bg_spectral_norm.go:46:11: make([]float64, n) escapes to heap
bg_spectral_norm.go:47:11: make([]float64, n) escapes to heap
bg_spectral_norm.go:48:13: make([]float64, n) escapes to heap
bg_spectral_norm.go:61:12: ... argument does not escape
bg_spectral_norm.go:61:28: sqrt(vBv / vv) escapes to heap
