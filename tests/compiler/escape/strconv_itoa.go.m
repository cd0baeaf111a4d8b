strconv_itoa.go:7:14: "n=" + strconv.Itoa(n) escapes to heap
