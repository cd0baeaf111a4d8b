store_into_escaping_object.go:11:2: x escapes to heap:
store_into_escaping_object.go:11:2:   flow: {heap} = &x:
store_into_escaping_object.go:11:2:     from &x (address-of) at store_into_escaping_object.go:12:8
store_into_escaping_object.go:11:2:     from t.p = &x (assign) at store_into_escaping_object.go:12:6
store_into_escaping_object.go:9:7: &T{} escapes to heap:
store_into_escaping_object.go:9:7:   flow: t = &{storage for &T{}}:
store_into_escaping_object.go:9:7:     from &T{} (spill) at store_into_escaping_object.go:9:7
store_into_escaping_object.go:9:7:     from t := &T{} (assign) at store_into_escaping_object.go:9:4
store_into_escaping_object.go:9:7:   flow: {heap} = t:
store_into_escaping_object.go:9:7:     from sink = t (assign) at store_into_escaping_object.go:10:7
store_into_escaping_object.go:11:2: moved to heap: x
store_into_escaping_object.go:9:7: &T{} escapes to heap
