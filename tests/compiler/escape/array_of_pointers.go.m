array_of_pointers.go:6:11: leaking param: x
array_of_pointers.go:6:14: leaking param: y
