package lexerrors

/* not closed
var x = 1
