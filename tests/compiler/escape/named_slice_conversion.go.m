named_slice_conversion.go:5:7: s does not escape
named_slice_conversion.go:14:13: leaking param: s to result ~r0 level=0
named_slice_conversion.go:18:12: s does not escape
