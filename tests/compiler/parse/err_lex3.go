package lexerrors

var s = "abc
var r = 'a
var ok = 1
