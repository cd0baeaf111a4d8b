assign_to_param_then_return.go:4:16: leaking param: p to result ~r0 level=0
assign_to_param_then_return.go:6:10: new(int) escapes to heap
