package lexerrors

func f() {
	_ = ''
	_ = 'ab'
	_ = '\q'
	_ = "\xZZ"
	_ = '\400'
	_ = "\uD800"
	_ = x @ y
	_ = 1 # 2
	var ·x int
	_ = "\U00110000"
}
