result_multiple.go:4:10: leaking param: p to result ~r0 level=0
result_multiple.go:5:10: new(int) escapes to heap
