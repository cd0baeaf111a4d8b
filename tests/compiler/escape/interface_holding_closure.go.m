interface_holding_closure.go:8:7: func literal does not escape
interface_holding_closure.go:10:13: ... argument does not escape
interface_holding_closure.go:10:16: i != nil escapes to heap
