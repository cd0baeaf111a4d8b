param_content_to_result.go:7:12: leaking param: s to result ~r0 level=1
param_content_to_result.go:11:11: leaking param: o to result ~r0 level=2
