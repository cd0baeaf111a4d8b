package unicode

var (
	héllo  = "wörld"
	日本語    = 'ü'
	Σ      = 1
	x١٢    = 2 // Arabic-Indic digits continue an identifier
	_ʰ     = 3
	𝐀      = "math bold"
	raw    = `multi
line ünïcode`
	escape = "\u65e5\U00008a9e\xe6\x97\xa5\377\a\b\f\n\r\t\v\\\""
)
