package lexerrors

var s = `abc
