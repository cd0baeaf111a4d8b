package p

// gc's deadcode drops a function body that is nothing but constant ifs
// with nothing left in them and `for false` loops: the func literals in it
// are never analysed. A live statement anywhere keeps the body.

var sink interface{}

func onlyFalseIf() {
	if false {
		defer func() {
			_ = recover()
		}()
	}
}

func onlyForFalse() {
	for false {
		defer func() {
			_ = recover()
		}()
	}
}

func both() {
	if true {
	}
	for false {
		sink = func() {}
	}
}

func kept(x int) {
	for false {
		defer func() {
			_ = recover()
		}()
	}
	sink = &x
}
